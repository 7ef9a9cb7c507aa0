package dev.aibom.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Jenkins (controller and agent) and in Maven the thread's context class loader is not the one that loaded aibom:
 * the core must find its schemas, controls and resources through its own class loader. The whole CI path runs here in
 * a fresh class loader - so that no cache warmed by another test helps - on a thread whose context class loader is
 * empty.
 */
class ContextClassLoaderTest {
    @TempDir
    Path temp;

    @Test
    void theCorePathRunsWithAnUnrelatedEmptyContextClassLoader() throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<URL> urls = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                urls.add(new File(entry).toURI().toURL());
            }
        }
        AtomicReference<Object> result = new AtomicReference<>();
        try (URLClassLoader aibom = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
             URLClassLoader unrelated = new URLClassLoader(new URL[0], null)) {
            Class<?> scenario = aibom.loadClass(ContextClassLoaderScenario.class.getName());
            assertThat(scenario.getClassLoader()).isSameAs(aibom);
            Thread thread = new Thread(() -> {
                try {
                    @SuppressWarnings("unchecked")
                    Supplier<List<String>> run = (Supplier<List<String>>) scenario.getConstructor(Path.class)
                            .newInstance(temp);
                    result.set(run.get());
                } catch (Throwable e) {
                    result.set(e);
                }
            }, "jenkins-like");
            thread.setContextClassLoader(unrelated);
            thread.start();
            thread.join();
        }
        if (result.get() instanceof Throwable failure) {
            throw new AssertionError("the core failed without its class loader as the context class loader", failure);
        }
        assertThat(result.get()).isEqualTo(List.of("generated true true", "verified true", "checked PASS true true",
                "reviewed PASS VALID_TRUSTED", "exported true"));
    }
}
