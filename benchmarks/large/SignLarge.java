import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aibom.core.bom.BomReader;
import dev.aibom.core.io.ReadLimits;
import dev.aibom.core.sign.Jcs;

import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Map;

/**
 * Benchmark helper, not part of aibom: signs a BOM too large for `aibom sign` (which holds the document; Java arrays
 * end at 2 GiB) with an ES256 JSF signature {"algorithm":"ES256","value":...}, canonicalizing it the way `aibom verify`
 * does (BomReader.readRoot, each top-level array element into a Jcs.Spool), and appends the signature as the BOM's
 * last member. The key is an unencrypted PKCS#8 P-256 PEM (openssl genpkey). Verify with --trusted-key.
 *   java -cp aibom-cli-all.jar SignLarge.java BOM KEY.pem
 */
public class SignLarge {
    public static void main(String[] args) throws Exception {
        Path bom = Path.of(args[0]);
        String pem = Files.readString(Path.of(args[1])).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        PrivateKey key = KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(
                Base64.getDecoder().decode(pem)));
        Signature signer = Signature.getInstance("SHA256withECDSAinP1363Format");
        signer.initSign(key);
        try (Jcs.Spool spool = new Jcs.Spool()) {
            ObjectNode root = new BomReader(ReadLimits.of(Files.size(bom) + 1)).readRoot(bom,
                    (member, index, element) -> spool.element(member, element)).root();
            if (root.has("signature")) {
                throw new IllegalArgumentException(bom + " is signed already");
            }
            ObjectNode signed = spool.document(root);
            signed.putObject("signature").put("algorithm", "ES256");
            Jcs.canonicalize(signed, Map.of(), new OutputStream() {
                @Override
                public void write(int b) throws java.io.IOException {
                    write(new byte[]{(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws java.io.IOException {
                    try {
                        signer.update(b, off, len);
                    } catch (java.security.SignatureException e) {
                        throw new java.io.IOException(e);
                    }
                }
            });
        }
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(signer.sign());
        try (RandomAccessFile file = new RandomAccessFile(bom.toFile(), "rw")) {
            long end = file.length();
            while (end > 0) {
                file.seek(end - 1);
                if (file.read() == '}') {
                    break;
                }
                end--;
            }
            file.seek(end - 1);
            file.write((",\"signature\":{\"algorithm\":\"ES256\",\"value\":\"" + value + "\"}}\n")
                    .getBytes(StandardCharsets.UTF_8));
            file.setLength(file.getFilePointer());
        }
        System.out.println("signed " + bom);
    }
}
