/**
 * Each user's inbox: what concerns them, decided once from the business events (steps offered or assigned, messages
 * and documents on their requests, decisions, deadlines) and written in the event's transaction; the same decision
 * feeds e-mail, at once or in a daily digest as each account chose. A listener of the other modules' events; pages
 * {@code /inbox} and {@code /inbox/settings}, and the header's unread badge.
 */
package org.coopflow.inbox;
