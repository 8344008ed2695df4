package org.careroute.datasets.uhhc;

/** The cost components of {@code CostComponents}, with their JSON names, in the spec's order. */
public enum UhhcComponent {
    TRAVEL_TIME("travel_time"), TOTAL_TARDINESS("total_tardiness"), HIGHEST_TARDINESS(
            "highest_tardiness"), TOTAL_WAITING_TIME("total_waiting_time"), TOTAL_EXTRA_TIME(
                    "total_extra_time"), MAX_IDLE_TIME("max_idle_time"), CAREGIVER_PREFERENCES(
                            "caregiver_preferences"), OPTIONAL_PATIENTS("optional_patients"), MISSED_LUNCH_BREAK(
                                    "missed_lunch_break"), QUALIFICATION("qualification"), WORKING_TIME(
                                            "working_time"), INCOMPATIBILITIES("incompabilities"), TW_MAX_DEV_IN_TIME(
                                                    "tw_max_dev_in_time"), TW_MAX_DEV_IN_DESIRED_TIME(
                                                            "tw_max_dev_in_desired_time"), WORKLOAD_BALANCE(
                                                                    "workload_balance"), MAX_WAITING_TIME(
                                                                            "max_waiting_time");

    private final String json;

    UhhcComponent(String json) {
        this.json = json;
    }

    /** The name in the JSON files (the spec spells {@code incompabilities}). */
    public String json() {
        return json;
    }

    static UhhcComponent byJson(String name) {
        for (UhhcComponent component : values()) {
            if (component.json.equals(name)) {
                return component;
            }
        }
        return null;
    }
}
