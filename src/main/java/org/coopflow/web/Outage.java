package org.coopflow.web;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure means the database cannot be reached (pool timeout, refused or broken connection): answered with
 * 503 and Retry-After, never as the user's fault, never as "sign in again".
 */
final class Outage {

    static final String RETRY_AFTER_SECONDS = "30";

    private Outage() {
    }

    static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotGetJdbcConnectionException || cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException || cause instanceof SQLRecoverableException
                    || cause instanceof java.net.ConnectException
                    || cause.getClass().getName().equals("com.mysql.cj.exceptions.CJCommunicationsException")
                    || cause.getClass().getName().equals("com.mysql.cj.jdbc.exceptions.CommunicationsException")
                    || cause instanceof org.coopflow.identity.SignInUnavailableException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
