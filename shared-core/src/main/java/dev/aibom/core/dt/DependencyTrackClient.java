package dev.aibom.core.dt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aibom.core.AibomException;
import dev.aibom.core.Text;
import dev.aibom.core.net.Http;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Dependency-Track's REST API, as far as aibom uses it: the request and response shapes of Dependency-Track 4.14.3
 * ({@code BomResource}, {@code EventResource}, {@code ProjectResource}, {@code PolicyViolationResource},
 * {@code MetricsResource}; unchanged since 4.12). Every answer that is not the documented success is an
 * {@link AibomException} that says what to do, naming the permission the API key lacks where that is the cause:
 * Dependency-Track answers 401 to a key it does not know and 403 with an empty body to a key whose team lacks the
 * endpoint's permission.
 *
 * <p>Hand-written on {@link Http} rather than a generated OpenAPI client: five calls, and the messages are the point.
 */
public final class DependencyTrackClient {
    /** Dependency-Track's limit for the base64 {@code bom} value of {@code PUT /api/v1/bom}. */
    public static final long MAX_BASE64_CHARS = 20_000_000L;
    private static final Pattern UUID = ProjectTarget.UUID;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WHAT = "Dependency-Track API";

    private final DependencyTrackOptions options;
    private final Http.Options http;

    public DependencyTrackClient(DependencyTrackOptions options) {
        this.options = options;
        this.http = Http.Options.of(options.requestDeadline(), 16L * 1024 * 1024)
                .withHeader("X-Api-Key", options.apiKey())
                .withHeader("Accept", "application/json")
                .withPlainHttp(options.plainHttp());
    }

    /** {@code PUT /api/v1/bom}: the BOM's bytes, base64-encoded, for the project. Returns the processing token. */
    public String upload(byte[] bom, ProjectTarget target) throws AibomException {
        long base64Chars = (bom.length + 2L) / 3 * 4;
        if (base64Chars > MAX_BASE64_CHARS) {
            throw new AibomException("The BOM is " + bom.length + " bytes; Dependency-Track's PUT /api/v1/bom takes at"
                    + " most " + MAX_BASE64_CHARS + " base64 characters (about 15 MB of BOM). Upload it in"
                    + " Dependency-Track's user interface, or reduce the BOM.");
        }
        ObjectNode request = JSON.createObjectNode();
        if (target.projectUuid().isPresent()) {
            request.put("project", target.uuid());
        } else {
            request.put("projectName", target.name());
            request.put("projectVersion", target.version());
            request.put("autoCreate", target.autoCreate());
            target.parentUuid().ifPresent(uuid -> request.put("parentUUID", uuid));
            target.parentName().ifPresent(name -> request.put("parentName", name));
            target.parentVersion().ifPresent(version -> request.put("parentVersion", version));
        }
        request.put("bom", Base64.getEncoder().encodeToString(bom));
        URI uri = options.api("bom");
        byte[] body;
        try {
            body = JSON.writeValueAsBytes(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        Http.Response response = Http.put(uri, body, "application/json", http, WHAT);
        String text = text(response);
        switch (response.status()) {
            case 200 -> {
                String token = object(response, "the upload's processing token").path("token").asText("");
                if (!UUID.matcher(token.toLowerCase(Locale.ROOT)).matches()) {
                    throw unexpected(response, "the upload's processing token");
                }
                return token;
            }
            case 400 -> throw new AibomException("Dependency-Track at " + options.url() + " rejected the BOM (HTTP 400): "
                    + problem(response) + ". " + (text.contains("collection project")
                    ? "Upload to a project that is not a collection project." : "Check the BOM with aibom validate."));
            case 401 -> throw text.contains("permission to create project")
                    ? new AibomException("The Dependency-Track API key may not create projects, and " + target.describe()
                    + " does not exist: give the key's team the PROJECT_CREATION_UPLOAD permission, or create the"
                    + " project in Dependency-Track.")
                    : unauthorized();
            case 403 -> throw text.contains("parent") ? new AibomException("The Dependency-Track API key's team may not"
                    + " access the parent project '" + target.parent() + "' (portfolio access control): grant the team"
                    + " access to it in Dependency-Track.")
                    : text.isBlank() ? missingPermission("BOM_UPLOAD", "upload BOMs")
                    : forbiddenProject(target.describe());
            case 404 -> throw text.contains("parent") ? new AibomException("The parent project '" + target.parent()
                    + "' does not exist in Dependency-Track at " + options.url() + ": create it first (a parent"
                    + " project per business unit), or correct the name.")
                    : target.projectUuid().isPresent() ? new AibomException("Dependency-Track at " + options.url()
                    + " has no " + target.describe() + ": check the project UUID.")
                    : new AibomException("Dependency-Track at " + options.url() + " has no " + target.describe()
                    + (target.autoCreate() ? "" : ", and autoCreate is off") + ": create the project in"
                    + " Dependency-Track, or turn on autoCreate (the API key then needs PROJECT_CREATION_UPLOAD).");
            case 405 -> throw new AibomException("Dependency-Track at " + options.url() + " does not take uploads at "
                    + uri + " (HTTP 405): give the base URL of Dependency-Track's API server, not of its front end.");
            case 413 -> throw new AibomException("Dependency-Track at " + options.url() + ", or a proxy in front of"
                    + " it, refused the BOM as too large (HTTP 413; " + body.length + " bytes sent): raise the request"
                    + " size limit of the server or proxy (e.g. nginx client_max_body_size).");
            default -> throw unexpected(response, "the upload");
        }
    }

    /** {@code GET /api/v1/event/token/{token}}: whether Dependency-Track is still processing the upload. */
    public boolean processing(String token) throws AibomException {
        Http.Response response = Http.fetch(options.api("event/token/" + token), http, WHAT);
        switch (response.status()) {
            case 200 -> {
                JsonNode processing = object(response, "the processing status").get("processing");
                if (processing == null || !processing.isBoolean()) {
                    throw unexpected(response, "the processing status");
                }
                return processing.booleanValue();
            }
            case 401 -> throw unauthorized();
            case 403 -> throw missingPermission("BOM_UPLOAD", "follow the processing of an upload");
            case 404 -> throw new AibomException("Dependency-Track at " + options.url() + " does not know GET"
                    + " /api/v1/event/token (HTTP 404): the synchronous gate needs Dependency-Track 4.12 or later.");
            default -> throw unexpected(response, "the processing status");
        }
    }

    /** {@code GET /api/v1/project/lookup}: the UUID of the project with this name and version. */
    public String lookup(String name, String version) throws AibomException {
        Http.Response response = Http.fetch(options.api("project/lookup?name=" + query(name) + "&version="
                + query(version)), http, WHAT);
        String project = "project '" + name + "' version '" + version + "'";
        switch (response.status()) {
            case 200 -> {
                String uuid = object(response, "the project lookup").path("uuid").asText("");
                if (!UUID.matcher(uuid).matches()) {
                    throw unexpected(response, "the project lookup");
                }
                return uuid;
            }
            case 401 -> throw unauthorized();
            case 403 -> throw text(response).isBlank() ? missingPermission("VIEW_PORTFOLIO", "look the project up")
                    : forbiddenProject(project);
            case 404 -> throw new AibomException("Dependency-Track at " + options.url() + " has no " + project
                    + " after the upload: check the name and version, or give the project's UUID.");
            default -> throw unexpected(response, "the project lookup");
        }
    }

    /** {@code GET /api/v1/violation/project/{uuid}}: the project's policy violations (not the suppressed ones). */
    public List<Violation> violations(String projectUuid) throws AibomException {
        Http.Response response = Http.fetch(options.api("violation/project/" + projectUuid), http, WHAT);
        switch (response.status()) {
            case 200 -> {
                JsonNode array = json(response, "the policy violations");
                if (!array.isArray()) {
                    throw unexpected(response, "the policy violations");
                }
                List<Violation> violations = new ArrayList<>();
                for (JsonNode node : array) {
                    violations.add(violation(node, response));
                }
                Optional<String> total = response.headers().firstValue("X-Total-Count");
                if (total.isEmpty()) {
                    // Dependency-Track pages this list and says how long it is; without the total, a cut list (a
                    // proxy, a page size) looks whole
                    throw new AibomException("Dependency-Track at " + options.url() + " sent " + violations.size()
                            + " policy violations for project " + projectUuid + " without their total"
                            + " (X-Total-Count): the gate cannot tell a whole list from a partial one. Check the"
                            + " server (and any proxy) and try again.");
                }
                if (!total.get().trim().equals(String.valueOf(violations.size()))) {
                    throw new AibomException("Dependency-Track at " + options.url() + " reports " + total.get().trim()
                            + " policy violations for project " + projectUuid + " but sent " + violations.size()
                            + ": the gate cannot judge a partial list. Check the server (and any proxy) and try"
                            + " again.");
                }
                return List.copyOf(violations);
            }
            case 401 -> throw unauthorized();
            case 403 -> throw text(response).isBlank() ? missingPermission("VIEW_POLICY_VIOLATION",
                    "read the project's policy violations") : forbiddenProject("project " + projectUuid);
            case 404 -> throw new AibomException("Dependency-Track at " + options.url() + " has no project "
                    + projectUuid + ": check the project UUID.");
            default -> throw unexpected(response, "the policy violations");
        }
    }

    /** {@code GET /api/v1/metrics/project/{uuid}/current}; empty when Dependency-Track has not computed any yet. */
    public Optional<ProjectMetrics> metrics(String projectUuid) throws AibomException {
        Http.Response response = Http.fetch(options.api("metrics/project/" + projectUuid + "/current"), http, WHAT);
        switch (response.status()) {
            case 200, 204 -> {
                if (text(response).isBlank()) {
                    return Optional.empty();
                }
                JsonNode m = object(response, "the project metrics");
                // the verdict cross-checks the violation list against these three: they must be counts
                return Optional.of(new ProjectMetrics(m.path("components").asInt(), m.path("vulnerabilities").asInt(),
                        m.path("critical").asInt(), m.path("high").asInt(), m.path("medium").asInt(),
                        m.path("low").asInt(), count(m, "policyViolationsFail"), count(m, "policyViolationsWarn"),
                        count(m, "policyViolationsInfo"), m.path("inheritedRiskScore").asDouble()));
            }
            case 401 -> throw unauthorized();
            case 403 -> throw text(response).isBlank() ? missingPermission("VIEW_PORTFOLIO",
                    "read the project's metrics") : forbiddenProject("project " + projectUuid);
            case 404 -> throw new AibomException("Dependency-Track at " + options.url() + " has no project "
                    + projectUuid + ": check the project UUID.");
            default -> throw unexpected(response, "the project metrics");
        }
    }

    /**
     * A count the gate relies on: a whole number from 0 up. Missing, text, a fraction or a negative number would read
     * as 0 and could make a list that lost its violations agree with the metrics.
     */
    private int count(JsonNode metrics, String field) throws AibomException {
        JsonNode value = metrics.path(field);
        if (value.isIntegralNumber() && value.canConvertToInt() && value.intValue() >= 0) {
            return value.intValue();
        }
        throw new AibomException("Dependency-Track at " + options.url() + " sent project metrics whose " + field
                + " is " + (value.isMissingNode() ? "missing" : "'" + Text.printable(abbreviate(value.toString()))
                + "'") + ", not a count: the gate cannot cross-check the policy violations against it. Check that the"
                + " URL is the base URL of Dependency-Track's API server (4.12 or later).");
    }

    private Violation violation(JsonNode node, Http.Response response) throws AibomException {
        JsonNode condition = node.path("policyCondition");
        JsonNode policy = condition.path("policy");
        String state = policy.path("violationState").asText("");
        String name = policy.path("name").asText("");
        ViolationState parsed;
        try {
            parsed = ViolationState.valueOf(state);
        } catch (IllegalArgumentException e) {
            throw new AibomException("Dependency-Track at " + options.url() + " sent a policy violation whose state is"
                    + " " + (state.isEmpty() ? "missing" : "'" + Text.printable(state) + "'") + " (not FAIL, WARN or"
                    + " INFO): the gate cannot judge it. Check the policy '" + Text.printable(name) + "' in"
                    + " Dependency-Track.");
        }
        if (name.isEmpty()) {
            throw unexpected(response, "a policy violation (a policy without a name)");
        }
        JsonNode component = node.path("component");
        String group = component.path("group").asText("");
        String componentName = component.path("name").asText("");
        String version = component.path("version").asText("");
        String label = (group.isEmpty() ? "" : group + "/") + (componentName.isEmpty() ? "(unnamed component)"
                : componentName) + (version.isEmpty() ? "" : "@" + version);
        String conditionText = String.join(" ", List.of(condition.path("subject").asText(""),
                condition.path("operator").asText(""), condition.path("value").asText(""))).trim();
        return new Violation(parsed, Text.printable(name), Text.printable(node.path("type").asText("UNKNOWN")),
                Text.printable(label), Text.printable(conditionText));
    }

    private JsonNode json(Http.Response response, String what) throws AibomException {
        try {
            JsonNode node = JSON.readTree(response.body());
            if (node == null || node.isMissingNode()) {
                throw unexpected(response, what);
            }
            return node;
        } catch (java.io.IOException e) {
            throw unexpected(response, what);
        }
    }

    private JsonNode object(Http.Response response, String what) throws AibomException {
        JsonNode node = json(response, what);
        if (!node.isObject()) {
            throw unexpected(response, what);
        }
        return node;
    }

    private AibomException unauthorized() {
        return new AibomException("Dependency-Track at " + options.url() + " does not accept the API key (HTTP 401):"
                + " check the key (Administration, Access Management, Teams, API Keys in Dependency-Track) and where"
                + " the build takes it from.");
    }

    private AibomException missingPermission(String permission, String action) {
        return new AibomException("The Dependency-Track API key may not " + action + " (HTTP 403): its team lacks the"
                + " " + permission + " permission. Give the team " + permission + " (Administration, Access"
                + " Management, Teams) and run again.");
    }

    private AibomException forbiddenProject(String project) {
        return new AibomException("The Dependency-Track API key's team may not access " + project + " (HTTP 403,"
                + " portfolio access control): grant the team access to the project in Dependency-Track.");
    }

    private AibomException unexpected(Http.Response response, String what) {
        String text = text(response);
        return new AibomException("Dependency-Track at " + options.url() + " answered HTTP " + response.status()
                + " with something other than " + what + " as its API documents it" + (text.isBlank() ? ""
                : " ('" + abbreviate(text) + "'") + (text.isBlank() ? "" : ")") + ": check that the URL is the"
                + " base URL of Dependency-Track's API server (4.12 or later), not of its front end or a proxy's"
                + " error page.");
    }

    /** RFC 9457 problem details (title, detail, errors) or the plain text Dependency-Track answered. */
    private static String problem(Http.Response response) {
        String text = text(response);
        try {
            JsonNode node = JSON.readTree(text);
            if (node != null && node.isObject() && (node.has("title") || node.has("detail"))) {
                StringBuilder out = new StringBuilder(node.path("title").asText("invalid BOM"));
                if (!node.path("detail").asText("").isEmpty()) {
                    out.append(": ").append(node.path("detail").asText());
                }
                List<String> errors = new ArrayList<>();
                node.path("errors").forEach(error -> errors.add(error.asText()));
                if (!errors.isEmpty()) {
                    out.append(" (").append(String.join("; ", errors.subList(0, Math.min(5, errors.size()))))
                            .append(errors.size() > 5 ? "; and " + (errors.size() - 5) + " more" : "").append(")");
                }
                return abbreviate(out.toString());
            }
        } catch (java.io.IOException notJson) {
            // plain text
        }
        return text.isBlank() ? "no reason given" : "'" + abbreviate(text) + "'";
    }

    private static String text(Http.Response response) {
        return new String(response.body(), StandardCharsets.UTF_8).trim();
    }

    private static String abbreviate(String text) {
        String printable = Text.printable(text.replaceAll("\\s+", " "));
        return printable.length() <= 300 ? printable : printable.substring(0, 300) + "...";
    }

    private static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
