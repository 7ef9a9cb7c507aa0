package dev.aibom.core.hub;

import java.util.List;

/**
 * What a repository's card says about it (its YAML metadata, {@code cardData}), with the Hub's own fields where the
 * card is silent. Null where neither says.
 *
 * @param license     the card's {@code license} ({@code apache-2.0}, {@code other} ...)
 * @param baseModels  {@code base_model}: the models this one was derived from
 * @param datasets    {@code datasets}: the datasets it was trained or evaluated on
 * @param gated       {@code false}, {@code auto} or {@code manual}
 */
public record CardData(String license, List<String> baseModels, List<String> datasets, String pipelineTag,
                       String libraryName, String gated) {
    public static final CardData EMPTY = new CardData(null, List.of(), List.of(), null, null, null);

    public CardData {
        baseModels = List.copyOf(baseModels);
        datasets = List.copyOf(datasets);
    }
}
