package dev.aibom.control;

/**
 * How a rule judges a BOM one slice of its items at a time, so that the engine need not hold a large BOM whole. The
 * engine calls {@link #begin} once with the document's context (its {@link BomView} has the BOM's system, supplier,
 * metadata and {@link BomView#totals() totals}, and no items), then {@link Judgement#slice} with each slice's context
 * in document order (its view has those items, their pointers into the whole BOM, and the same document facts), then
 * {@link Judgement#end}. The rule's findings are those of {@code begin}, of each slice and of {@code end}, in that
 * order, and must be what {@link ControlRule#evaluate} gives for the whole BOM, however the items are sliced.
 *
 * @param <P> the rule's parameter type
 */
@FunctionalInterface
public interface Slicing<P extends Record> {
    /** Starts judging one BOM: findings about the BOM as a whole that come before the items' go to {@code findings}. */
    Judgement begin(ControlContext document, P parameters, Findings findings);

    /** One judgement of one BOM, across its slices; it may keep what it needs across them. */
    @FunctionalInterface
    interface Judgement {
        /** A judgement that has nothing to do in the slices: the rule judged the document when it began. */
        Judgement NONE = (slice, findings) -> { };

        /** Judges the items of one slice ({@code slice.bom().items()}). */
        void slice(ControlContext slice, Findings findings);

        /** After the last slice: findings that need every item seen (none by default). */
        default void end(Findings findings) {
        }
    }

    /** The slicing of a rule that judges each item alone with {@code judge}, and nothing about the BOM as a whole. */
    static <P extends Record> Slicing<P> itemByItem(ItemJudge<P> judge) {
        return (document, parameters, findings) -> (slice, out) -> judge.judge(slice, parameters, out);
    }

    /** Judges the items of a view, each alone: a rule's {@code evaluate} when that is all it does. */
    @FunctionalInterface
    interface ItemJudge<P extends Record> {
        void judge(ControlContext context, P parameters, Findings findings);
    }

    /** The whole BOM as one slice: what {@link ControlRule#evaluate} is for a rule that judges in slices. */
    static <P extends Record> void whole(Slicing<P> slicing, ControlContext context, P parameters,
                                         Findings findings) {
        Judgement judgement = slicing.begin(context, parameters, findings);
        judgement.slice(context, findings);
        judgement.end(findings);
    }
}
