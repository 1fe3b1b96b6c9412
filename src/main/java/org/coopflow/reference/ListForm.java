package org.coopflow.reference;

import java.util.LinkedHashMap;
import java.util.Map;

/** A sector, modality or working language as the administrator types it: code, place, names (and explanations). */
public class ListForm {

    private String code;
    private Integer sortOrder;
    private Map<String, String> names = new LinkedHashMap<>();
    private Map<String, String> descriptions = new LinkedHashMap<>();
    private Integer version;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Integer getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(Integer sortOrder) {
        this.sortOrder = sortOrder;
    }

    public Map<String, String> getNames() {
        return names;
    }

    public void setNames(Map<String, String> names) {
        this.names = names;
    }

    public Map<String, String> getDescriptions() {
        return descriptions;
    }

    public void setDescriptions(Map<String, String> descriptions) {
        this.descriptions = descriptions;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
