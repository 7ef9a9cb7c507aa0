package dev.aibom.jenkins.stubs;

import java.io.IOException;
import java.io.Writer;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;
import org.jvnet.hudson.annotation_indexer.Indexed;

/**
 * Stands in for annotation-indexer's processor (not on Maven Central): for every annotation marked
 * {@link Indexed} (such as {@code @Symbol}), writes {@code META-INF/services/annotations/<annotation>} listing the
 * annotated classes, one binary name a line, as the real processor does. Not used with -Pjenkins-real.
 */
@SupportedAnnotationTypes("*")
public final class IndexedProcessor extends AbstractProcessor {
    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (round.processingOver()) {
            return false;
        }
        for (TypeElement annotation : annotations) {
            if (annotation.getAnnotation(Indexed.class) == null) {
                continue;
            }
            Set<String> names = new TreeSet<>();
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                if (element instanceof TypeElement type) {
                    names.add(processingEnv.getElementUtils().getBinaryName(type).toString());
                }
            }
            String path = "META-INF/services/annotations/" + annotation.getQualifiedName();
            try {
                FileObject file = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", path);
                try (Writer out = file.openWriter()) {
                    for (String name : names) {
                        out.write(name + "\n");
                    }
                }
            } catch (IOException e) {
                processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "cannot write " + path + ": " + e);
            }
        }
        return false;
    }
}
