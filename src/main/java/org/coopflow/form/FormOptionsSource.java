package org.coopflow.form;

import java.util.List;

/** Options of fields whose values are computed at run time, by the field's {@code valuesKey}. */
public interface FormOptionsSource {

    String valuesKey();

    List<FormOption> options(FormContext context);
}
