package dev.aibom.core.control;

import dev.aibom.control.ControlRule;
import dev.aibom.control.ControlMetadata;
import dev.aibom.control.Family;
import dev.aibom.core.AibomException;
import dev.aibom.core.io.AtomicFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import dev.aibom.core.format.PickleGlobals;

/**
 * Writes {@code docs/controls.md} from the registry, so the catalogue people read is the catalogue the code has:
 * the build runs {@link #main} (shared-core, {@code process-classes}); a new rule documents itself.
 */
public final class ControlDocs {
    private ControlDocs() {
    }

    /** {@code ControlDocs <file>}: writes the catalogue of the built-in rules to the file. */
    public static void main(String[] args) throws IOException, AibomException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ControlDocs <docs/controls.md>");
        }
        AtomicFiles.write(Path.of(args[0]), markdown(ControlRegistry.builtIn()).getBytes(StandardCharsets.UTF_8));
    }

    public static String markdown(ControlRegistry registry) {
        StringBuilder out = new StringBuilder();
        out.append(HEADER);
        for (Family family : Family.values()) {
            List<ControlRule<?>> rules = registry.rules().stream().filter(r -> r.metadata().family() == family)
                    .toList();
            if (rules.isEmpty()) {
                continue;
            }
            out.append("\n## ").append(family.title()).append("\n\n")
                    .append("| control | Annex A | default severity | may be | checks | parameters (type, default) |\n")
                    .append("|---|---|---|---|---|---|\n");
            for (ControlRule<?> rule : rules) {
                ControlMetadata m = rule.metadata();
                out.append("| `").append(m.id()).append("` | ")
                        .append(m.annexA().isEmpty() ? "as the waived control" : String.join(", ", m.annexA()))
                        .append(" | ").append(m.defaultSeverity().value()).append(" | ").append(changeable(m))
                        .append(" | ").append(cell(m.title())).append(". ").append(cell(m.description())).append(" | ")
                        .append(parameters(rule)).append(" |\n");
            }
        }
        policies(out, registry);
        pickleLists(out);
        out.append(FOOTER);
        return out.toString();
    }

    /** model-format-safe's three answers: the denylist and the allowlist, each entry with its reason. */
    private static void pickleLists(StringBuilder out) {
        out.append("""

                ## model-format-safe: what a pickle may import

                Every global a pickle imports (every pickle of a file: raw, legacy `torch.save`, inside PyTorch zips,
                joblib files, numpy object arrays) gets one of three answers. **Known to run code** (the denylist
                below) is a failure at the control's severity; no policy can allow it (an `allowedGlobals` entry that
                would cover it is refused when the policy is loaded). **On the allowlist** passes: each entry says
                why constructing it runs no code the file controls. **On neither** is *not known to be safe*: a
                warning by default, a failure with `strict: true`; `allowedGlobals: [myapp.model.Scorer]` (exact
                names, or `myapp.model.*` for one module's names) accepts it. Regardless of the lists, a name that
                reaches a dunder attribute (`numpy.__builtins__`) and a `BUILD` that sets attributes of an imported
                object (rather than of one the pickle made) are known attacks and fail. Bytes after the last pickle
                that are neither a pickle nor a known trailer (a legacy checkpoint's storages) are not known to be
                safe. Keras configurations are judged the same way, object by object: Lambda and TFSMLayer layers,
                serialised functions, objects from a denied module and Keras functions that fetch files fail; Keras's
                own classes pass; other objects are not known to be safe.

                `module.**` stands for the module and its submodules, `<Class>` for any name that starts with a
                capital letter (a class, by Python's convention).

                ### Known to run code

                | globals | why | published in |
                |---|---|---|
                """);
        for (List<PickleGlobals.Entry> group : grouped(
                PickleGlobals.denied())) {
            out.append("| ").append(patterns(group)).append(" | ").append(cell(group.get(0).reason())).append(" | ")
                    .append(cell(group.get(0).source())).append(" |\n");
        }
        out.append("""

                ### Constructing these runs no code the file controls

                | globals | why |
                |---|---|
                """);
        for (List<PickleGlobals.Entry> group : grouped(
                PickleGlobals.allowed())) {
            out.append("| ").append(patterns(group)).append(" | ").append(cell(group.get(0).reason())).append(" |\n");
        }
    }

    /** Consecutive entries of one module with one reason, as one row. */
    private static List<List<PickleGlobals.Entry>> grouped(
            List<PickleGlobals.Entry> entries) {
        List<List<PickleGlobals.Entry>> groups = new java.util.ArrayList<>();
        for (PickleGlobals.Entry entry : entries) {
            List<PickleGlobals.Entry> last = groups.isEmpty() ? null : groups.get(
                    groups.size() - 1);
            if (last != null && last.get(0).module().equals(entry.module())
                    && last.get(0).reason().equals(entry.reason()) && last.get(0).source().equals(entry.source())) {
                last.add(entry);
            } else {
                groups.add(new java.util.ArrayList<>(List.of(entry)));
            }
        }
        return groups;
    }

    /** {@code `os.*`}, or {@code `torch`: `Size`, `device`, ...}. */
    private static String patterns(List<PickleGlobals.Entry> group) {
        if (group.size() == 1) {
            return "`" + group.get(0).pattern() + "`";
        }
        String module = group.get(0).pattern();
        module = module.substring(0, module.lastIndexOf('.'));
        return "`" + module + "`: " + String.join(", ", group.stream().map(e -> "`" + e.pattern()
                .substring(e.pattern().lastIndexOf('.') + 1) + "`").toList());
    }

    /** The build policy and the review policy side by side, and the review policy's file. */
    private static void policies(StringBuilder out, ControlRegistry registry) {
        Policy build = Policy.defaults(registry);
        Policy review = Policy.review(registry);
        out.append("""

                ## Build policy and review policy

                Without a policy file, `check` (and the Maven `check` goal, the Jenkins `aibom` step) judge one's own BOM by
                the **build policy**: every control at its default severity. `review` (the Maven `review` goal, Jenkins
                `aibomVerify`) judges a third party's BOM by the **review policy**: what a supplier can be expected to state in
                standard CycloneDX (suppliers, licences, hashes, model cards, data governance), without requiring aibom's own
                properties. Give a policy file to either to replace it. `requireAiComponents` raises `ai-components-present`
                to error in both.

                | control | build policy | review policy |
                |---|---|---|
                """);
        for (ControlRule<?> rule : registry.rules()) {
            String id = rule.metadata().id();
            out.append("| `").append(id).append("` | ").append(describe(build.control(id))).append(" | ")
                    .append(describe(review.control(id))).append(" |\n");
        }
        out.append("\nThe review policy is this file in aibom's jar (`").append(Policy.REVIEW_RESOURCE)
                .append("`); copy it as a starting point:\n\n```yaml\n").append(Policy.reviewPolicyText().strip())
                .append("\n```\n");
    }

    private static String describe(java.util.Optional<ConfiguredControl<?>> control) {
        if (control.isEmpty()) {
            return "off";
        }
        String severity = control.get().severity().value();
        Record parameters = control.get().parameters();
        Record defaults = control.get().rule().defaultParameters();
        if (parameters.equals(defaults)) {
            return severity;
        }
        List<String> changed = new java.util.ArrayList<>();
        for (java.lang.reflect.RecordComponent component : parameters.getClass().getRecordComponents()) {
            try {
                Object value = component.getAccessor().invoke(parameters);
                if (!java.util.Objects.equals(value, component.getAccessor().invoke(defaults))) {
                    changed.add("`" + component.getName() + ": " + value + "`");
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return severity + ", " + String.join(", ", changed);
    }

    private static String changeable(ControlMetadata m) {
        if (m.fixed()) {
            return "fixed: never disabled, lowered or waived";
        }
        String waivable = switch (m.waivable()) {
            case ANY -> "waived";
            case BY_NAME_ONLY -> "waived by exact name (never `*`); an invalid signature never";
            case NEVER -> "not waived";
        };
        return "disabled, re-rated, " + waivable + (m.needs().contains(ControlMetadata.Input.SUPPLIER_REGISTER)
                ? "; needs the supplier register" : "");
    }

    private static String parameters(ControlRule<?> rule) {
        List<ParameterBinding.ParameterInfo> infos = ParameterBinding.describe(rule);
        if (infos.isEmpty()) {
            return "—";
        }
        return infos.stream().map(p -> "`" + p.name() + "`: " + cell(p.description()) + " (" + p.type() + ", `"
                + p.defaultValue() + "`)").collect(Collectors.joining("<br>"));
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    private static final String HEADER = """
            # Control catalogue

            <!-- generated from the control registry by dev.aibom.core.control.ControlDocs during the build of
                 shared-core: edit the rule classes (dev.aibom.core.control.rules.*), not this file -->

            aibom evaluates any CycloneDX 1.4–1.7 JSON BOM — generated by aibom or sent by a supplier — against the controls
            below. Each control is an automated check mapped to the ISO/IEC 42001:2023 Annex A control(s) it provides evidence
            for. Each is one class in `dev.aibom.core.control.rules.<family>`; this page is generated from them.

            Every control reports, per component (model, dataset, service) or for the BOM/system as a whole, one of:
            **pass**, **fail**, **waived** (failed, but an active waiver accepts it), **not applicable** (for example, system
            not high-risk, files not at hand) or **error** (the control could not be evaluated — never a silent pass; it fails
            the build unless `failOn: never`).

            The build fails when a failure's severity reaches the policy's `failOn` (`error`, `warning` or `never`); the Jenkins
            step can also mark a build unstable (`unstableOn`).

            ## Inputs

            - **Policy** (`aibom-policy.yaml`): `failOn`, `includeDefaults` (start from every control below, default `true`;
              with `false` only the listed controls and the waiver controls run) and per control `enabled`, `severity`
              (`error|warning|info`) and the control's parameters. Unknown controls, unknown parameters and values of the
              wrong type are errors naming the file, line and field, and listing the parameters that exist.
            - **Supplier register** (`suppliers.yaml`, a file or an https URL): per supplier `id`, `names` (aliases),
              `urls`, `status` (`approved|conditional|suspended|rejected`), `lastAssessment`, `reassessEvery` (ISO-8601 period,
              e.g. `P12M`) and/or `expires`, `certifications`, `approvedFor` (`model`, `dataset`, `service`) and `publicKeys`
              (PEM, inline or as paths relative to the register). Only `supplier-registered` fails an unregistered
              supplier; the other supplier controls then report *not applicable*, so one gap is reported once.
            - **Waivers** (`waivers.yaml`): `control`, `component` (bom-ref, name; `*` matches any run of characters), `reason`,
              `approvedBy`, `expires`. An active waiver turns a failure into *waived*; an expired one leaves the failure and adds a
              `waiver-expired` finding; a waiver that matches no failure is a `waiver-unused` finding.

            ## Expression controls (CEL)

            A policy can define its own controls as [CEL](https://github.com/google/cel-spec) expressions, as Dependency-Track
            users write policy conditions. An entry of `controls:` whose id is not a control below and that has an
            `expression` defines a new control; the expression is true when the component passes:

            ```yaml
            controls:
              org-no-gpl-models:
                expression: '!component.licenses.exists(l, l.startsWith("GPL"))'
                appliesTo: model              # model | dataset | service | system
                title: Models are not GPL-licensed
                annexA: [A.10.3]
                severity: error               # error | warning | info (default error)
                message: 'model {name} is GPL-licensed'   # {name} {kind} {type} {version} {ref} {supplier} {id}
                description: ...              # optional
                remedy: Replace the model, or have its licence approved.   # optional: what to do, for the reports
                family: integrity             # optional; by default from appliesTo
            ```

            Variables (typed: a misspelt field or a wrong type is an error naming the policy line and column when the policy
            is loaded):

            | variable | type | what |
            |---|---|---|
            | `component.name`, `.type`, `.version`, `.kind`, `.ref`, `.purl` | string | as the BOM states them (`kind`: model, dataset, service) |
            | `component.licenses` | list(string) | SPDX ids or expressions as written, or licence names |
            | `component.supplier.name`, `component.supplier.urls` | string, list(string) | the standard `supplier` (`manufacturer`, `provider`) field |
            | `component.hashes` | map(string, string) | algorithm → value (`component.hashes["SHA-256"]`) |
            | `component.properties` | map(string, list(string)) | every property by name (`component.properties["aibom:model:lifecycle"]`) |
            | `component.lifecycle`, `.task`, `.classification` | string | life-cycle stage, model-card task, dataset classification (empty when absent) |
            | `component.endpoints` | list(string) | a service's endpoints |
            | `component.metrics` | list({type, value, slice: string}) | model-card performance metrics (`double(m.value)` for a number) |
            | `component.approvals` | list({by, role, date: string}) | recorded release approvals |
            | `system.name`, `.version`, `.riskLevel`, `.intendedUse`, `.owner` | string | the AI system (`metadata.component`) |
            | `system.properties` | map(string, list(string)) | the system's properties |

            `appliesTo: system` expressions see only `system`. An expression that cannot be evaluated for a component (a
            missing map key, a failed conversion) is an *error* finding for it, never a pass; an evaluation may take at most
            50,000 steps and a comprehension at most 10,000 iterations, and expressions are at most 4,096 characters long.

            ## Controls from other jars

            A company ships its own controls in a jar: a class implementing `ControlRule`, listed in
            `META-INF/services/dev.aibom.control.ControlRule`, on the plugin's class path (Maven: a `<dependency>` of
            the aibom plugin). `examples/custom-control` is a worked example. Two rules with the same id are an error naming
            both classes and jars. `check` and `review` judge a BOM a slice of components at a time, so that a large BOM is never
            held whole: a control that judges each item alone says so with `slicing()` (`Slicing.itemByItem(this::evaluate)`), and
            one that needs the document or keeps something across items implements `Slicing` (begin with the document, judge each
            slice, end). A control without `slicing()` still works: it is given the whole BOM, which is then read back into memory.
            """;

    private static final String FOOTER = """

            ## Completeness

            The reports show how much of what the controls need the BOM records: for the system (intended use, risk level,
            owner), each model (supplier, licence, hash, life-cycle stage, performance metrics, task, limitations, approval),
            dataset (supplier, licence, hash, provenance, owner, classification, personal-data declaration, quality checks) and
            service (provider, endpoints, data flows).

            ## Reports

            One evaluation gives: one console line per finding that needs attention
            (`[A.10.3] supplier-registered: dataset 'bureau-features' supplier 'ACME ML' is not in the supplier register`),
            `aibom-report.json` (fields in [json-output.md](json-output.md)), `aibom-report.html` with its style sheet
            `aibom-report.css` (what was judged: supplier, system, BOM serial number and timestamp, date, signature and
            signer; the verdict; what the numbers count; a chart by control family; what needs attention and what to do
            about it; Annex A coverage; per-component details; completeness - no script and no inline style, so it displays
            under a strict Content-Security-Policy), `TEST-aibom-controls.xml` (JUnit: one test case per control and
            component) and `aibom-report.sarif` (SARIF 2.1.0).
            """;
}
