package dev.aibom.core.format;

import java.util.Locale;
import java.util.Optional;

/**
 * Model and data file formats, recognised by content (and by name only where the content cannot say). Those that run
 * code when loaded are marked: their files are inspected, not trusted.
 */
public enum ModelFormat {
    SAFETENSORS(false), ONNX(false), GGUF(false), PMML(false), TFLITE(false),
    /** A PyTorch checkpoint: a zip whose {@code data.pkl} is a pickle. */
    PYTORCH_ZIP(true),
    /** A raw Python pickle ({@code .pkl}, older {@code .pt}/{@code .bin}). */
    PICKLE(true),
    /** A joblib file: a pickle, possibly compressed. */
    JOBLIB(true),
    /** A Keras 3 {@code .keras} zip: a {@code Lambda} layer deserialises code. */
    KERAS(true),
    /** HDF5, such as a legacy Keras {@code .h5}: a {@code Lambda} layer deserialises code. */
    HDF5(true),
    /** A numpy {@code .npy} array: an object array is a pickle. */
    NUMPY(true),
    /** A numpy {@code .npz} archive of {@code .npy} arrays. */
    NUMPY_ZIP(true),
    /** Not recognised as a model format. */
    UNKNOWN(false);

    private final boolean canRunCode;

    ModelFormat(boolean canRunCode) {
        this.canRunCode = canRunCode;
    }

    /** Whether loading a file of this format can run code that the file brings. */
    public boolean canRunCode() {
        return canRunCode;
    }

    /** The stable name a policy and a BOM use: {@code safetensors}, {@code pytorch-zip}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ModelFormat> of(String value) {
        for (ModelFormat format : values()) {
            if (format.value().equals(value.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /**
     * The format a file most likely has by its name alone, for files whose bytes are not at hand (a Hub repository's
     * files): empty for names that say nothing (configs, tokenizers, {@code .bin} outside PyTorch's naming). A
     * PyTorch {@code .bin}/{@code .pt} is taken as {@link #PYTORCH_ZIP}: either way a pickle runs when it loads.
     */
    public static Optional<ModelFormat> byName(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (name.endsWith(".safetensors")) {
            return Optional.of(SAFETENSORS);
        } else if (name.endsWith(".onnx")) {
            return Optional.of(ONNX);
        } else if (name.endsWith(".gguf")) {
            return Optional.of(GGUF);
        } else if (name.endsWith(".pmml")) {
            return Optional.of(PMML);
        } else if (name.endsWith(".tflite")) {
            return Optional.of(TFLITE);
        } else if (name.endsWith(".pt") || name.endsWith(".pth") || name.endsWith(".ckpt")
                || (name.startsWith("pytorch_model") && name.endsWith(".bin")) || name.equals("training_args.bin")) {
            return Optional.of(PYTORCH_ZIP);
        } else if (name.endsWith(".pkl") || name.endsWith(".pickle")) {
            return Optional.of(PICKLE);
        } else if (name.endsWith(".joblib")) {
            return Optional.of(JOBLIB);
        } else if (name.endsWith(".keras")) {
            return Optional.of(KERAS);
        } else if (name.endsWith(".h5") || name.endsWith(".hdf5")) {
            return Optional.of(HDF5);
        } else if (name.endsWith(".npy")) {
            return Optional.of(NUMPY);
        } else if (name.endsWith(".npz")) {
            return Optional.of(NUMPY_ZIP);
        }
        return Optional.empty();
    }
}
