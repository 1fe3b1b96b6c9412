package org.coopflow.monitoring;

/** One value of an operations figure, with up to two labels ('' when unused). */
record Figure(String name, String tag1, String tag2, long figure) {

    static Figure of(String name, long value) {
        return new Figure(name, "", "", value);
    }
}
