package org.coopflow.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Multi-row INSERTs ({@code VALUES (...), (...), ...}), a few hundred rows per statement. Seeding only. */
final class BulkInsert {

    private final Connection connection;
    private final String table;
    private final String columns;
    private final int width;
    private final int rowsPerStatement;
    private final List<Object[]> rows = new ArrayList<>();
    private String fullStatement;
    private long inserted;

    BulkInsert(Connection connection, String table, String columns, int rowsPerStatement) {
        this.connection = connection;
        this.table = table;
        this.columns = columns;
        this.width = columns.split(",").length;
        this.rowsPerStatement = rowsPerStatement;
    }

    void add(Object... values) throws SQLException {
        if (values.length != width) {
            throw new IllegalArgumentException(table + ": " + values.length + " values for " + width + " columns");
        }
        rows.add(values);
    }

    /** Writes the buffered rows, {@code rowsPerStatement} a statement (callers flush parents before children). */
    void flush() throws SQLException {
        for (int from = 0; from < rows.size(); from += rowsPerStatement) {
            List<Object[]> part = rows.subList(from, Math.min(rows.size(), from + rowsPerStatement));
            String sql;
            if (part.size() == rowsPerStatement) {
                if (fullStatement == null) {
                    fullStatement = statement(rowsPerStatement);
                }
                sql = fullStatement;
            } else {
                sql = statement(part.size());
            }
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                int p = 1;
                for (Object[] row : part) {
                    for (Object value : row) {
                        ps.setObject(p++, value instanceof Instant instant ? Timestamp.from(instant) : value);
                    }
                }
                ps.executeUpdate();
            }
        }
        inserted += rows.size();
        rows.clear();
    }

    long inserted() {
        return inserted;
    }

    private String statement(int n) {
        String one = "(" + "?,".repeat(width - 1) + "?)";
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" (").append(columns).append(") VALUES ");
        for (int i = 0; i < n; i++) {
            sql.append(i == 0 ? "" : ",").append(one);
        }
        return sql.toString();
    }
}
