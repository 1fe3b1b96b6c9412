package org.coopflow.reference;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A partner organisation or Korean agency as the administrator types it. Names by language: a partner's in English,
 * Korean and its own language ({@code names[own]}), an agency's in the four page languages.
 */
public class OrganisationForm {

    private String code;
    private String countryCode;
    private String ministryType;
    private String ownLanguage;
    private Map<String, String> names = new LinkedHashMap<>();
    private Integer version;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    public String getMinistryType() {
        return ministryType;
    }

    public void setMinistryType(String ministryType) {
        this.ministryType = ministryType;
    }

    public String getOwnLanguage() {
        return ownLanguage;
    }

    public void setOwnLanguage(String ownLanguage) {
        this.ownLanguage = ownLanguage;
    }

    public Map<String, String> getNames() {
        return names;
    }

    public void setNames(Map<String, String> names) {
        this.names = names;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
