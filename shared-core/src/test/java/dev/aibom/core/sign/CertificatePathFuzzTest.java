package dev.aibom.core.sign;

import dev.aibom.core.io.JdkDecoders;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.io.InputStream;
import java.security.cert.CertificateException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes what a BOM signature's certificate path meets after its certificates are decoded: the JDK's PKIX validation
 * against the trusted roots (with and without revocation lists) and aibom's judgement of the signing certificate
 * ({@link JsfVerifier#trust}). {@code ParsersFuzzTest#jsfVerifier} cannot reach it: there no root is trusted, and a
 * fuzzed signature never verifies, where here the signer's key is taken as the one that signed (as it is for anyone
 * who signs with their own key). The input is DER certificates one after another, the signer's first. The invariant: a
 * verdict for every path, "+" or "-" and a reason, and nothing thrown.
 *
 * <p>The root, its revocation list and the seeds (a leaf under an intermediate with name constraints and policies; a
 * leaf directly under the root) were made once by {@link CertificatePathFuzzSeeds} with keys that were then thrown
 * away; the seeds also hold the certificate whose Ed25519 key has no bytes. {@code .ci/fuzz} fuzzes it.
 */
class CertificatePathFuzzTest {
    /** Inside the validity of the root, intermediate and leaves, after the revocation list was issued. */
    private static final Instant AT = Instant.parse("2026-11-23T12:00:00Z");
    private static JsfVerifier withoutLists;
    private static JsfVerifier withLists;

    @BeforeAll
    static void setUp() throws Exception {
        X509Certificate root = JdkDecoders.certificate(resource("certificate-path-fuzz-root.der"));
        X509CRL list = (X509CRL) JdkDecoders.revocationLists(resource("certificate-path-fuzz-root.crl")).iterator()
                .next();
        VerificationPolicy policy = VerificationPolicy.trusting(List.of()).withRoots(List.of(root))
                .checkingCertificatesAt(AT);
        withoutLists = new JsfVerifier(policy);
        withLists = new JsfVerifier(policy.withCrls(List.of(list)));
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = CertificatePathFuzzTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("no test resource " + name);
            }
            return in.readAllBytes();
        }
    }

    @FuzzTest(maxDuration = "15s")
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void certificatePath(byte[] data) {
        List<X509Certificate> path = new ArrayList<>();
        for (byte[] der : certificates(data)) {
            try {
                path.add(JdkDecoders.certificate(der));
            } catch (CertificateException unreadable) {
                return; // what JsfVerifier reports as a certificatePath that cannot be read
            }
        }
        if (path.isEmpty()) {
            return;
        }
        for (JsfVerifier verifier : List.of(withoutLists, withLists)) {
            String verdict = verifier.trust(path.get(0).getPublicKey(), path);
            assertThat(verdict).matches("[+-].+");
        }
    }

    /** The seeds reach what they are for: paths PKIX accepts under the root, with and without its list, and refusals. */
    @Test
    void theSeedsReachTheValidation() throws Exception {
        List<X509Certificate> chain = seed("leaf-intermediate-root.der");
        assertThat(chain).hasSize(3);
        assertThat(withoutLists.trust(chain.get(0).getPublicKey(), chain)).isEqualTo("+the certificate of"
                + " CN=ACME BOM signing,O=ACME chains to a trusted root");
        // the root's list says nothing of what the intermediate issued: fail closed
        assertThat(withLists.trust(chain.get(0).getPublicKey(), chain)).isEqualTo("-the certificate path does not"
                + " chain to a trusted root at 2026-11-23T12:00:00Z: Could not determine revocation status");
        List<X509Certificate> direct = seed("direct-leaf-root.der");
        assertThat(withLists.trust(direct.get(0).getPublicKey(), direct)).isEqualTo("+the certificate of"
                + " CN=Direct signer chains to a trusted root and no certificate of its path is revoked");
        List<X509Certificate> intermediate = List.of(chain.get(1));
        assertThat(withoutLists.trust(chain.get(1).getPublicKey(), intermediate)).isEqualTo("-the signing certificate"
                + " of O=ACME,CN=aibom fuzz intermediate is a CA certificate; a BOM is signed with an end-entity"
                + " certificate");
    }

    private static List<X509Certificate> seed(String name) throws Exception {
        List<X509Certificate> path = new ArrayList<>();
        for (byte[] der : certificates(resource("CertificatePathFuzzTestInputs/certificatePath/" + name))) {
            path.add(JdkDecoders.certificate(der));
        }
        return path;
    }

    /** DER elements one after another, each as its header says ({@link Der#read}); the rest, when one does not fit. */
    static List<byte[]> certificates(byte[] data) {
        List<byte[]> elements = new ArrayList<>();
        int at = 0;
        while (at < data.length && elements.size() < 8) {
            int end;
            try {
                end = Der.read(data, at, data.length).end();
            } catch (IllegalArgumentException doesNotFit) {
                end = data.length;
            }
            elements.add(Arrays.copyOfRange(data, at, end));
            at = end;
        }
        return elements;
    }
}
