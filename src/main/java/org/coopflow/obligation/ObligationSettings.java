package org.coopflow.obligation;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The obligations register's timing ({@code coopflow.obligations.*} in config/application.yml).
 *
 * @param reminderBefore        how long before an obligation's date the responsible party is reminded
 * @param fulfilmentWorkingDays working days, counted from the date, to record the fulfilment before the task is
 *                              overdue (the responsible party's calendar: Korea's, or the partner's)
 * @param expiryNoticeBefore    how long before an MOU expires the lead coordinator and the managers are told (besides
 *                              the renewal notice the MOU itself asks for)
 */
@ConfigurationProperties("coopflow.obligations")
public record ObligationSettings(@DefaultValue("P30D") Period reminderBefore,
                                 @DefaultValue("10") int fulfilmentWorkingDays,
                                 @DefaultValue("P30D") Period expiryNoticeBefore) {
}
