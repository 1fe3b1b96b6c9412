/**
 * What every module may use and nothing else owns: the domain exceptions (a message code and its arguments, mapped to
 * HTTP by the {@code web} module only) and a page of a list. Depends on no other module.
 */
package org.coopflow.shared;
