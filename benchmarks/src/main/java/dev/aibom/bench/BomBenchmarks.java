package dev.aibom.bench;

import dev.aibom.core.io.ReadLimits;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aibom.core.bom.BomJson;
import dev.aibom.core.bom.BomReader;
import dev.aibom.core.bom.LoadedBom;
import dev.aibom.control.BomView;
import dev.aibom.core.control.ControlEngine;
import dev.aibom.core.control.EvaluationContext;
import dev.aibom.core.control.EvaluationResult;
import dev.aibom.core.control.Policy;
import dev.aibom.core.control.SupplierRegister;
import dev.aibom.core.control.Waivers;
import dev.aibom.core.sign.BomSignatures;
import dev.aibom.core.sign.Jcs;
import dev.aibom.core.sign.KeyLoader;
import dev.aibom.core.sign.KeyPairs;
import dev.aibom.core.sign.SignOptions;
import dev.aibom.core.sign.SigningKey;
import dev.aibom.core.sign.VerificationPolicy;
import dev.aibom.core.sign.VerificationReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import dev.aibom.core.control.ControlRegistry;

/**
 * The BOM operations on a BOM of {@code components} components (default 10,000: 23 MB), warm: strict reading (parse,
 * duplicate keys, schema), RFC 8785 canonicalization next to Jackson's own serialization of the same tree, signing,
 * verifying, and the controls with the default policy.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class BomBenchmarks {
    @Param({"10000"})
    int components;

    byte[] bytes;
    Path file;
    LoadedBom loaded;
    LoadedBom signed;
    SigningKey key;
    VerificationPolicy trust;
    SupplierRegister register;
    Policy policy;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        bytes = Fixtures.bom(components);
        file = Fixtures.write(bytes, "bom-" + components + ".json");
        loaded = new BomReader(ReadLimits.DEFAULT).read(file, bytes);
        Path dir = Files.createTempDirectory("aibom-bench-key");
        KeyPairs.write(KeyPairs.Type.EC_P256, dir.resolve("k.pem"), dir.resolve("k.pub.pem"), Optional.empty());
        key = KeyLoader.privateKey(dir.resolve("k.pem"), Optional.empty());
        trust = VerificationPolicy.trusting(List.of(key.publicKey()));
        ObjectNode signedTree = BomSignatures.sign(loaded, key, SignOptions.defaults());
        byte[] signedBytes = BomJson.MAPPER.writeValueAsBytes(signedTree);
        signed = new BomReader(ReadLimits.DEFAULT).read(Fixtures.write(signedBytes, "signed-" + components + ".json"), signedBytes);
        register = SupplierRegister.load(Fixtures.example().resolve("suppliers.yaml").toString(),
                Duration.ofSeconds(5));
        policy = Policy.defaults(ControlRegistry.builtIn());
    }

    @Benchmark
    public LoadedBom strictRead() throws Exception {
        return new BomReader(ReadLimits.DEFAULT).read(file, bytes);
    }

    @Benchmark
    public JsonNode jacksonParseOnly() throws Exception {
        return BomJson.MAPPER.readTree(bytes);
    }

    @Benchmark
    public void canonicalize() throws Exception {
        Jcs.canonicalize(loaded.tree(), Map.of(), OutputStream.nullOutputStream());
    }

    @Benchmark
    public void jacksonWrite() throws Exception {
        BomJson.MAPPER.writeValue(OutputStream.nullOutputStream(), loaded.tree());
    }

    @Benchmark
    public ObjectNode sign() throws Exception {
        return BomSignatures.sign(loaded, key, SignOptions.defaults());
    }

    @Benchmark
    public VerificationReport verify() {
        return BomSignatures.verify(signed, trust);
    }

    @Benchmark
    public EvaluationResult controls() {
        EvaluationContext context = new EvaluationContext(new BomView(loaded.tree()), Optional.of(register),
                Optional.empty(), Optional.empty(), false, LocalDate.parse("2026-11-23"));
        return ControlEngine.evaluate("bom.json", context, policy, Waivers.none());
    }
}
