/**
 * Signed-in sessions as people live them: a warning before one times out, with a way to stay signed in. Sessions
 * themselves are Spring Session's, in the shared database.
 */
package org.coopflow.session;
