import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aibom.core.bom.BomJson;
import dev.aibom.core.bom.BomReader;
import dev.aibom.core.io.ReadLimits;
import dev.aibom.core.sign.Jcs;
import dev.aibom.core.sign.JsfSigner;
import dev.aibom.core.sign.KeyLoader;
import dev.aibom.core.sign.SignOptions;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Benchmark helper, not part of aibom: signs a BOM too large for `aibom sign` (which holds the document; Java arrays
 * end at 2 GiB). It reads the BOM as `aibom verify` does (BomReader.readRoot, each top-level array element into a
 * Jcs.Spool), signs that document with aibom's own JSF signer (the key's default algorithm, its public key included),
 * and appends the signature as the BOM's last member, leaving every other byte as it was. The key is an unencrypted
 * PEM private key (openssl genpkey). Verify with --trusted-key.
 *   java -cp aibom-cli-all.jar SignLarge.java BOM KEY.pem
 */
public class SignLarge {
    public static void main(String[] args) throws Exception {
        Path bom = Path.of(args[0]);
        ObjectNode signature;
        try (Jcs.Spool spool = new Jcs.Spool()) {
            ObjectNode root = new BomReader(ReadLimits.of(Files.size(bom) + 1)).readRoot(bom,
                    (member, index, element) -> spool.element(member, element)).root();
            signature = (ObjectNode) JsfSigner.sign(spool.document(root),
                    KeyLoader.privateKey(Path.of(args[1]), Optional.empty()), SignOptions.defaults()).get("signature");
        }
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
            file.write((",\"signature\":" + BomJson.MAPPER.writeValueAsString(signature) + "}\n")
                    .getBytes(StandardCharsets.UTF_8));
            file.setLength(file.getFilePointer());
        }
        System.out.println("signed " + bom);
    }
}
