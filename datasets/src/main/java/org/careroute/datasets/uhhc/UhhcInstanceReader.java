package org.careroute.datasets.uhhc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The instance half of {@link UhhcReader}: one instance document (a Jackson tree wrapped in {@link Json}) into an
 * {@link UhhcInstance}, with the field names, aliases, defaults and cross-checks of {@code spec/instance_models.py}.
 */
final class UhhcInstanceReader {

    private static final Set<String> ASPECTS = Set.of("female", "male", "smoker", "dog", "cat");

    private final Json root;
    private UhhcMetadata metadata;

    UhhcInstanceReader(Json root) {
        this.root = root;
    }

    UhhcInstance read() {
        boolean legacy = !root.has("metadata");
        metadata = legacy ? legacyMetadata() : metadata(root.get("metadata").object());
        Json terminalsNode = root.required("departing_points", "central_offices", "terminal_points");
        List<Json> terminalNodes = sortedByMatrixIndex(terminalsNode.array());
        List<Json> patientNodes = sortedByMatrixIndex(root.required("patients").array());
        Json distancesNode = root.required("distances");
        double[][] distances = matrix(distancesNode);
        double[][] publicDistances = root.has("public_distances") ? matrix(root.get("public_distances")) : null;
        List<UhhcTerminalPoint> terminals = terminals(terminalNodes);
        List<UhhcService> services = root.required("services").list(UhhcInstanceReader::service);
        Map<String, UhhcService> servicesById = new HashMap<>();
        for (int i = 0; i < services.size(); i++) {
            if (servicesById.put(services.get(i).id(), services.get(i)) != null) {
                throw root.get("services").array().get(i).error("duplicate service id '" + services.get(i).id()
                        + "'.");
            }
        }
        String firstTerminal = terminals.isEmpty() ? null : terminals.getFirst().id();
        List<UhhcCaregiver> caregivers = new ArrayList<>();
        for (Json node : root.required("caregivers").array()) {
            caregivers.add(caregiver(node.object(), legacy ? firstTerminal : null));
        }
        List<UhhcPatient> patients = new ArrayList<>();
        for (int i = 0; i < patientNodes.size(); i++) {
            patients.add(patient(patientNodes.get(i).object(), servicesById, patientNodes.size() == 1
                    ? terminals.size()
                    : -1));
        }
        List<String> servicesOrder = root.has("services_order")
                ? root.get("services_order").list(Json::text)
                : null;
        UhhcLunchBreaks lunch = root.has("lunch_breaks") ? lunchBreaks(root.get("lunch_breaks").object()) : null;
        return check(new UhhcInstance(metadata, distances, publicDistances, terminals, caregivers, patients,
                services, servicesOrder, lunch), distancesNode, patientNodes);
    }

    private UhhcMetadata legacyMetadata() {
        String name = root.has("name") ? root.get("name").text() : "not-given";
        List<Double> area = root.has("area") ? root.get("area").list(Json::number) : null;
        return new UhhcMetadata(UhhcMetadata.TimeWindowMet.AT_SERVICE_START, UhhcCostComponents.NONE, area, name,
                "oldies", null, null, null);
    }

    /** The spec sorts patients and terminal points by matrix index; several without an index cannot be sorted. */
    private static List<Json> sortedByMatrixIndex(List<Json> nodes) {
        if (nodes.size() > 1) {
            for (Json node : nodes) {
                node.object();
                if (!node.has("distance_matrix_index")) {
                    throw node.error("missing 'distance_matrix_index' (needed when there is more than one).");
                }
            }
        }
        List<Json> sorted = new ArrayList<>(nodes);
        sorted.sort(Comparator.comparingLong(node -> node.has("distance_matrix_index")
                ? node.get("distance_matrix_index").index()
                : 0));
        return sorted;
    }

    private static double[][] matrix(Json node) {
        List<Json> rows = node.array();
        double[][] matrix = new double[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            List<Json> cells = rows.get(i).array();
            matrix[i] = new double[cells.size()];
            for (int j = 0; j < cells.size(); j++) {
                matrix[i][j] = cells.get(j).number();
            }
        }
        return matrix;
    }

    private static List<UhhcTerminalPoint> terminals(List<Json> nodes) {
        List<UhhcTerminalPoint> terminals = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            Json node = nodes.get(i).object();
            String id = node.required("id").nonEmptyText();
            if (!seen.add(id)) {
                continue; // the spec keeps the first terminal point of an id
            }
            int index = node.has("distance_matrix_index") ? node.get("distance_matrix_index").index() : i;
            Integer publicIndex = node.has("public_distance_matrix_index")
                    ? node.get("public_distance_matrix_index").index()
                    : null;
            double[] location = node.has("location") ? node.get("location").pair() : null;
            terminals.add(new UhhcTerminalPoint(id, index, publicIndex, location));
        }
        return terminals;
    }

    private static UhhcService service(Json node) {
        node.object();
        String id = node.required("id").nonEmptyText();
        String type = node.has("type") ? node.get("type").nonEmptyText() : id;
        Integer duration = node.has("default_duration") ? (int) node.get("default_duration").integer() : null;
        return new UhhcService(id, type, duration);
    }

    private UhhcCaregiver caregiver(Json node, String legacyDepartingPoint) {
        String id = node.required("id").nonEmptyText();
        if (!node.has("abilities")) {
            throw node.error("caregiver " + id + " has no 'abilities'; give the list of services it can"
                    + " provide.");
        }
        List<String> abilities = node.get("abilities").list(Json::text);
        String departing;
        if (legacyDepartingPoint != null && !(node.has("starting_point_id") && node.has("departing_point"))) {
            departing = legacyDepartingPoint;
        } else {
            departing = node.required("starting_point_id", "departing_point").nonEmptyText();
        }
        String arrival = node.has("arrival_point") ? node.get("arrival_point").text() : departing;
        UhhcTimeWindow shift = node.has("working_shift") ? timeWindow(node.get("working_shift")) : null;
        Boolean lunch = node.has("lunch_break") ? node.get("lunch_break").bool() : null;
        String mode = null;
        if (node.has("transportation_mode")) {
            mode = node.get("transportation_mode").text();
            if (!mode.equals("car") && !mode.equals("public")) {
                throw node.get("transportation_mode").error("must be 'car' or 'public', got '" + mode + "'.");
            }
        }
        List<String> aspects = node.has("aspects") ? aspects(node.get("aspects")) : null;
        return new UhhcCaregiver(id, abilities, departing, arrival, shift, lunch, mode, aspects);
    }

    private static List<String> aspects(Json node) {
        List<String> aspects = new ArrayList<>();
        for (Json item : node.array()) {
            String aspect = item.text();
            if (!ASPECTS.contains(aspect)) {
                throw item.error("unknown aspect '" + aspect + "'; use one of " + ASPECTS + ".");
            }
            aspects.add(aspect);
        }
        return aspects;
    }

    private static UhhcTimeWindow timeWindow(Json node) {
        double start;
        double end;
        if (node.node().isArray()) {
            double[] pair = node.pair();
            start = pair[0];
            end = pair[1];
        } else {
            node.object();
            start = node.required("start").number();
            end = node.required("end").number();
        }
        if (start < 0 || end < 0) {
            throw node.error("start (" + UhhcNumbers.format(start) + ") and end (" + UhhcNumbers.format(end)
                    + ") must not be negative.");
        }
        if (start > end) {
            throw node.error("start (" + UhhcNumbers.format(start) + ") must not be after end ("
                    + UhhcNumbers.format(end) + ").");
        }
        return new UhhcTimeWindow(start, end);
    }

    private UhhcPatient patient(Json node, Map<String, UhhcService> services, int defaultIndex) {
        String id = node.required("id").nonEmptyText();
        Json requiredNode = node.required("required_caregivers", "required_services");
        List<Json> requiredItems = requiredNode.array();
        if (requiredItems.isEmpty()) {
            throw requiredNode.error("patient " + id + " must require at least one service.");
        }
        List<UhhcRequiredService> required = new ArrayList<>();
        for (Json item : requiredItems) {
            item.object();
            String service = item.required("service").nonEmptyText();
            Integer duration = null;
            if (item.has("duration")) {
                long value = item.get("duration").integer();
                if (value <= 0) {
                    throw item.get("duration").error("must be positive, got " + value + ".");
                }
                duration = (int) value;
            }
            UhhcService known = services.get(service);
            if (known == null) {
                throw item.get("service").error("service '" + service + "' required by patient " + id
                        + " is not in 'services'.");
            }
            Integer actual = duration != null ? duration : known.defaultDuration();
            if (actual == null) {
                throw item.error("service " + service + " of patient " + id + " has no 'duration' and service "
                        + service + " has no 'default_duration'; give one of them.");
            }
            required.add(new UhhcRequiredService(service, duration, actual));
        }
        int index = node.has("distance_matrix_index") ? node.get("distance_matrix_index").index() : defaultIndex;
        Integer publicIndex = node.has("public_distance_matrix_index")
                ? node.get("public_distance_matrix_index").index()
                : null;
        Json windowsNode = node.firstOf("time_window", "time_windows");
        if (windowsNode == null) {
            throw node.error("patient " + id + " has no 'time_windows'; give at least one [start, end].");
        }
        List<UhhcTimeWindow> windows = node.has("time_window")
                ? List.of(timeWindow(node.get("time_window")))
                : windowsNode.list(UhhcInstanceReader::timeWindow);
        if (windows.isEmpty()) {
            throw windowsNode.error("patient " + id + " has no time window; give at least one [start, end].");
        }
        Long preferredStart = node.has("preferred_start_time") ? node.get("preferred_start_time").integer() : null;
        double[] location = node.has("location") ? node.get("location").pair() : null;
        UhhcSynchronization sync = node.has("synchronization")
                ? synchronization(node.get("synchronization").object())
                : null;
        if (required.size() > 1 && sync == null) {
            throw node.error("patient " + id + " requires " + required.size() + " services but has no"
                    + " 'synchronization'; give {\"type\": \"independent\"} (or simultaneous / sequential).");
        }
        Set<String> incompatible = node.has("incompatible_caregivers")
                ? node.get("incompatible_caregivers").textSet()
                : null;
        Set<String> preferred = node.has("preferred_caregivers")
                ? node.get("preferred_caregivers").textSet()
                : null;
        Boolean optional = node.has("optional") ? node.get("optional").bool() : null;
        List<String> aspects = node.has("aspects") ? aspects(node.get("aspects")) : null;
        return new UhhcPatient(id, required, index, publicIndex, windows, preferredStart, location, sync,
                incompatible, preferred, optional, aspects);
    }

    private static UhhcSynchronization synchronization(Json node) {
        String typeText = node.required("type").text();
        UhhcSynchronization.Type type = UhhcSynchronization.Type.of(typeText);
        if (type == null) {
            throw node.get("type").error("must be 'independent', 'simultaneous' or 'sequential', got '"
                    + typeText + "'.");
        }
        if (!node.has("distance")) {
            if (type == UhhcSynchronization.Type.SEQUENTIAL) {
                throw node.error("a 'sequential' synchronization needs 'distance': [min, max].");
            }
            return new UhhcSynchronization(type, false, 0, 0);
        }
        Json distance = node.get("distance");
        long min;
        long max;
        if (distance.node().isNumber()) {
            min = distance.integer();
            max = min;
        } else if (distance.node().isArray()) {
            List<Json> items = distance.array();
            if (items.size() != 2) {
                throw distance.error("a sync distance must have two values [min, max], got " + distance.node()
                        + ".");
            }
            min = items.get(0).integer();
            max = items.get(1).integer();
        } else {
            distance.object();
            min = distance.required("min").integer();
            max = distance.required("max").integer();
        }
        if (min > max) {
            throw distance.error("min (" + min + ") must not be greater than max (" + max + ").");
        }
        return new UhhcSynchronization(type, true, min, max);
    }

    private static UhhcLunchBreaks lunchBreaks(Json node) {
        return new UhhcLunchBreaks(node.required("start").integer(), node.required("end").integer(), node
                .required("min_duration").integer());
    }

    private UhhcMetadata metadata(Json node) {
        UhhcMetadata.TimeWindowMet met = UhhcMetadata.TimeWindowMet.AT_SERVICE_START;
        if (node.has("time_window_met")) {
            String text = node.get("time_window_met").text();
            met = switch (text) {
                case "at_service_start" -> UhhcMetadata.TimeWindowMet.AT_SERVICE_START;
                case "at_service_end" -> UhhcMetadata.TimeWindowMet.AT_SERVICE_END;
                default -> throw node.get("time_window_met").error("must be 'at_service_start' or"
                        + " 'at_service_end', got '" + text + "'.");
            };
        }
        UhhcCostComponents components = node.has("cost_components")
                ? costComponents(node.get("cost_components").object())
                : UhhcCostComponents.NONE;
        List<Double> area = null;
        if (node.has("area")) {
            area = node.get("area").list(Json::number);
            if (area.size() != 4) {
                throw node.get("area").error("must have four numbers, got " + area.size() + ".");
            }
        }
        String name = node.has("name") ? node.get("name").nonEmptyText() : null;
        String origin = node.required("origin").text();
        if (!UhhcMetadata.ORIGINS.contains(origin)) {
            throw node.get("origin").error("unknown origin '" + origin + "'; use one of " + UhhcMetadata.ORIGINS
                    + ".");
        }
        Long horizon = null;
        if (node.has("horizon")) {
            horizon = node.get("horizon").integer();
            if (horizon <= 0) {
                throw node.get("horizon").error("must be positive, got " + horizon + ".");
            }
        }
        Boolean serviceLevel = null;
        if (node.node().has("time_window_service_level")) {
            if (!origin.equals("raidl")) {
                throw node.error("time_window_service_level is linked with 'raidl' instances (origin is '" + origin
                        + "').");
            }
            serviceLevel = node.has("time_window_service_level")
                    ? node.get("time_window_service_level").bool()
                    : null;
        }
        if (origin.equals("raidl") && !Boolean.TRUE.equals(serviceLevel)) {
            throw node.error("time_window_service_level is linked with 'raidl' instances: give it as true.");
        }
        UhhcGeneratorInfo generator = node.has("generator_info")
                ? generatorInfo(node.get("generator_info").object())
                : null;
        if (origin.equals("generated") && generator == null) {
            throw node.error("generator_info must be provided when origin is 'generated'.");
        }
        if (!origin.equals("generated") && generator != null) {
            throw node.get("generator_info").error("generator_info must not be provided when origin is not"
                    + " 'generated' (it is '" + origin + "').");
        }
        return new UhhcMetadata(met, components, area, name, origin, horizon, generator, serviceLevel);
    }

    private static UhhcCostComponents costComponents(Json node) {
        Map<UhhcComponent, UhhcWeight> weights = new EnumMap<>(UhhcComponent.class);
        for (UhhcComponent component : UhhcComponent.values()) {
            if (!node.has(component.json())) {
                continue;
            }
            Json value = node.get(component.json());
            if (value.node().isTextual()) {
                if (!value.text().equals("HARD")) {
                    throw value.error("must be a number or \"HARD\", got '" + value.text() + "'.");
                }
                weights.put(component, UhhcWeight.HARD);
            } else {
                weights.put(component, UhhcWeight.of(value.number()));
            }
        }
        return new UhhcCostComponents(weights);
    }

    private static UhhcGeneratorInfo generatorInfo(Json node) {
        List<Double> syncRates = node.required("sync_rates").list(Json::number);
        if (syncRates.size() != 4) {
            throw node.get("sync_rates").error("must have four numbers, got " + syncRates.size() + ".");
        }
        List<Long> classes = node.required("service_classes").list(Json::integer);
        if (classes.size() != 2) {
            throw node.get("service_classes").error("must have two numbers, got " + classes.size() + ".");
        }
        Json patientConfig = node.required("patient_config").object();
        Json caregiverConfig = node.required("caregiver_config").object();
        return new UhhcGeneratorInfo(node.required("city").text(), node.required("radius").number(), node
                .required("patients").integer(), node.required("departing_points").integer(),
                node.has(
                        "arrival_points") ? node.get("arrival_points").integer() : null,
                node.required(
                        "arrival_point_type").text(),
                syncRates, node.required("incompatibility")
                        .number(),
                classes, node.required("optional_rate").number(), node
                        .required("double_time_window_rate").number(),
                node.required(
                        "preferred_caregiver_rate").number(),
                node.required(
                        "no_intersect_administrative").bool(),
                new UhhcGeneratorInfo.PatientConfig(patientConfig.required("time_windows").list(Json::integer),
                        patientConfig.required("treatment_durations").list(Json::integer), patientConfig.required(
                                "treatment_duration_biases").list(Json::number),
                        patientConfig.required(
                                "sequential_distances").list(Json::integer),
                        patientConfig.required(
                                "time_window_granularity").integer()),
                new UhhcGeneratorInfo.CaregiverConfig(caregiverConfig.required("shift_durations").list(
                        Json::integer), caregiverConfig.required("shift_granularity").integer()),
                node.required(
                        "random_seed").integer());
    }

    /** The cross-checks of {@code Instance._check_validity}; also normalises incompatible caregivers. */
    private UhhcInstance check(UhhcInstance instance, Json distancesNode, List<Json> patientNodes) {
        int size = instance.terminalPoints().size() + instance.patients().size();
        if (instance.distances().length != size) {
            throw distancesNode.error("the distance matrix must have " + size + " rows ("
                    + instance.terminalPoints().size() + " terminal points + " + instance.patients().size()
                    + " patients), it has " + instance.distances().length + ".");
        }
        for (int i = 0; i < size; i++) {
            if (instance.distances()[i].length != size) {
                throw distancesNode.array().get(i).error("row " + i + " must have " + size + " columns, it has "
                        + instance.distances()[i].length + ".");
            }
        }
        Set<String> serviceIds = new HashSet<>();
        Map<String, String> serviceTypes = new HashMap<>();
        instance.services().forEach(service -> {
            serviceIds.add(service.id());
            serviceTypes.put(service.id(), service.type());
        });
        Set<String> terminalIds = instance.terminalPointsById().keySet();
        Set<String> coverage = new HashSet<>();
        Set<String> caregiverIds = new HashSet<>();
        List<Json> caregiverNodes = root.get("caregivers").array();
        for (int c = 0; c < instance.caregivers().size(); c++) {
            UhhcCaregiver caregiver = instance.caregivers().get(c);
            Json node = caregiverNodes.get(c);
            if (!caregiverIds.add(caregiver.id())) {
                throw node.error("duplicate caregiver id '" + caregiver.id() + "'.");
            }
            for (String ability : caregiver.abilities()) {
                if (!serviceIds.contains(ability)) {
                    throw node.get("abilities").error("ability '" + ability + "' of caregiver " + caregiver.id()
                            + " is not in 'services'.");
                }
            }
            coverage.addAll(caregiver.abilities());
            if (!terminalIds.contains(caregiver.departingPoint())) {
                throw node.error("departing point '" + caregiver.departingPoint() + "' of caregiver "
                        + caregiver.id() + " is not a terminal point " + terminalIds + ".");
            }
            if (!terminalIds.contains(caregiver.arrivalPoint())) {
                throw node.error("arrival point '" + caregiver.arrivalPoint() + "' of caregiver " + caregiver.id()
                        + " is not a terminal point " + terminalIds + ".");
            }
        }
        Set<Integer> indexes = new HashSet<>();
        for (UhhcTerminalPoint terminal : instance.terminalPoints()) {
            if (!indexes.add(terminal.distanceMatrixIndex())) {
                throw root.error("matrix index " + terminal.distanceMatrixIndex() + " of terminal point "
                        + terminal.id() + " is used twice.");
            }
        }
        Set<String> required = new HashSet<>();
        Set<String> patientIds = new HashSet<>();
        List<UhhcPatient> patients = new ArrayList<>();
        for (int p = 0; p < instance.patients().size(); p++) {
            UhhcPatient patient = instance.patients().get(p);
            Json node = patientNodes.get(p);
            if (!patientIds.add(patient.id())) {
                throw node.error("duplicate patient id '" + patient.id() + "'.");
            }
            Set<String> services = new LinkedHashSet<>();
            patient.requiredServices().forEach(service -> services.add(service.service()));
            required.addAll(services);
            if (patient.distanceMatrixIndex() < 0 || !indexes.add(patient.distanceMatrixIndex())) {
                throw node.error("matrix index " + patient.distanceMatrixIndex() + " of patient " + patient.id()
                        + " is already used by another patient or terminal point.");
            }
            Set<String> types = new HashSet<>();
            services.forEach(service -> types.add(serviceTypes.get(service)));
            if (types.size() != patient.requiredServices().size() && !"raidl".equals(instance.metadata()
                    .origin())) {
                throw node.error("patient " + patient.id() + " requires services " + services
                        + " of the same types " + types + "; each required service must be of its own type.");
            }
            patients.add(normaliseIncompatible(instance, patient, services, node));
        }
        Set<String> uncovered = new LinkedHashSet<>(required);
        uncovered.removeAll(coverage);
        if (!uncovered.isEmpty()) {
            throw root.get("patients").error("services " + uncovered + " are required but no caregiver has"
                    + " them as ability.");
        }
        for (int i = 0; i < size; i++) {
            if (!indexes.contains(i)) {
                throw root.error("matrix index " + i + " belongs to no patient or terminal point; indexes must"
                        + " be 0.." + (size - 1) + ".");
            }
        }
        for (int p = 0; p < patients.size(); p++) {
            UhhcPatient patient = patients.get(p);
            if (patient.synchronization() != null && patient.synchronization()
                    .type() == UhhcSynchronization.Type.SEQUENTIAL) {
                for (UhhcTimeWindow window : patient.timeWindows()) {
                    if (window.end() - window.start() < patient.synchronization().minDistance()) {
                        throw patientNodes.get(p).error("patient " + patient.id() + " has a time window ["
                                + UhhcNumbers.format(window.start()) + ", " + UhhcNumbers.format(window.end())
                                + "] shorter than the minimum sequential distance " + patient.synchronization()
                                        .minDistance()
                                + ".");
                    }
                }
            }
        }
        return new UhhcInstance(instance.metadata(), instance.distances(), instance.publicDistances(), instance
                .terminalPoints(), instance.caregivers(), patients, instance.services(),
                instance
                        .servicesOrder(),
                instance.lunchBreaks());
    }

    private static UhhcPatient normaliseIncompatible(UhhcInstance instance, UhhcPatient patient,
            Set<String> services, Json node) {
        if (patient.incompatibleCaregivers() == null || patient.incompatibleCaregivers().isEmpty()) {
            return patient;
        }
        Set<String> possible = new HashSet<>();
        for (UhhcCaregiver caregiver : instance.caregivers()) {
            if (caregiver.abilities().stream().anyMatch(services::contains)) {
                possible.add(caregiver.id());
            }
        }
        Set<String> incompatible = new LinkedHashSet<>(patient.incompatibleCaregivers());
        incompatible.retainAll(possible);
        for (String service : services) {
            boolean anyone = instance.caregivers().stream().anyMatch(c -> c.abilities().contains(service)
                    && !incompatible.contains(c.id()));
            if (!anyone) {
                throw node.error("patient " + patient.id() + " has no compatible caregiver for service " + service
                        + " (no caregiver has it, or all who have it are incompatible).");
            }
        }
        return new UhhcPatient(patient.id(), patient.requiredServices(), patient.distanceMatrixIndex(), patient
                .publicDistanceMatrixIndex(), patient.timeWindows(), patient.preferredStartTime(),
                patient
                        .location(),
                patient.synchronization(), incompatible, patient.preferredCaregivers(),
                patient.optional(), patient.aspects());
    }
}
