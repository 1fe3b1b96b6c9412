package org.coopflow.mou;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * The line-by-line difference between two MOU texts (Myers' algorithm from java-diff-utils): the whole newer
 * text, with the lines that were removed from the older one in place and the lines added marked.
 */
public final class MouDiff {

    public enum Change { UNCHANGED, REMOVED, ADDED }

    /** One line of the comparison. */
    public record Line(Change change, String text) {
    }

    private MouDiff() {
    }

    public static List<Line> between(String older, String newer) {
        List<String> before = lines(older);
        List<String> after = lines(newer);
        List<Line> result = new ArrayList<>();
        int next = 0; // the first line of the older text not yet emitted
        for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
            int at = delta.getSource().getPosition();
            before.subList(next, at).forEach(text -> result.add(new Line(Change.UNCHANGED, text)));
            delta.getSource().getLines().forEach(text -> result.add(new Line(Change.REMOVED, text)));
            delta.getTarget().getLines().forEach(text -> result.add(new Line(Change.ADDED, text)));
            next = at + delta.getSource().size();
        }
        before.subList(next, before.size()).forEach(text -> result.add(new Line(Change.UNCHANGED, text)));
        return result;
    }

    public static long count(List<Line> lines, Change change) {
        return lines.stream().filter(line -> line.change() == change).count();
    }

    /** Lines as an editor shows them, whatever the line ending (browsers send CR LF from a textarea). */
    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : text.lines().toList();
    }
}
