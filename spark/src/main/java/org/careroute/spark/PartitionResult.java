package org.careroute.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.careroute.core.api.model.PlanSummary;

/**
 * One row of the results table: how one partition was planned.
 *
 * @param status
 *            {@code solved}; {@code greedy} when solving failed twice and careroute's greedy plan stands in;
 *            {@code refused} when the memory guard refused the partition (the message gives the figures);
 *            {@code failed} when not even a greedy plan could be made (its visits are left out of the merged plan)
 * @param attempt
 *            which attempt produced the row, counting Spark's task attempts and the retry inside the task (1 =
 *            first)
 * @param peakHeapMb
 *            the largest heap in use in the executor's JVM while the partition was planned (all of its tasks at
 *            that time; per task with one core per executor)
 */
record PartitionResult(String problem, String partition, String planFile, int visits, int caregivers, int assigned,
        int unassigned, long hard, long medium, long soft, boolean feasible, long travelSeconds, long distanceMeters,
        double solveSeconds, int attempt, String status, String message, String executor, long peakHeapMb) {

    static final String SOLVED = "solved";
    static final String GREEDY = "greedy";
    static final String REFUSED = "refused";
    static final String FAILED = "failed";

    static final StructType SCHEMA = new StructType()
            .add("problem", DataTypes.StringType, false)
            .add("partition", DataTypes.StringType, false)
            .add("plan_file", DataTypes.StringType, true)
            .add("visits", DataTypes.IntegerType, false)
            .add("caregivers", DataTypes.IntegerType, false)
            .add("assigned", DataTypes.IntegerType, false)
            .add("unassigned", DataTypes.IntegerType, false)
            .add("hard", DataTypes.LongType, false)
            .add("medium", DataTypes.LongType, false)
            .add("soft", DataTypes.LongType, false)
            .add("feasible", DataTypes.BooleanType, false)
            .add("travel_seconds", DataTypes.LongType, false)
            .add("distance_meters", DataTypes.LongType, false)
            .add("solve_seconds", DataTypes.DoubleType, false)
            .add("attempt", DataTypes.IntegerType, false)
            .add("status", DataTypes.StringType, false)
            .add("message", DataTypes.StringType, true)
            .add("executor", DataTypes.StringType, true)
            .add("peak_heap_mb", DataTypes.LongType, false);

    /** A partition with a plan. */
    static PartitionResult planned(PartitionTask task, String planFile, PlanSummary s, double seconds, int attempt,
            String status, String message, String executor, long peakHeapMb) {
        return new PartitionResult(task.problem(), task.partition(), planFile, task.visits(), task.caregivers(), s
                .assignedVisits(), s.unassignedVisits(), s.hardScore(), s.mediumScore(), s.softScore(), s.feasible(),
                s.totalTravelSeconds(), s.totalDistanceMeters(), seconds, attempt, status, message, executor,
                peakHeapMb);
    }

    /** A partition without a plan: all its visits count as unassigned. */
    static PartitionResult unplanned(PartitionTask task, double seconds, int attempt, String status, String message,
            String executor, long peakHeapMb) {
        return new PartitionResult(task.problem(), task.partition(), null, task.visits(), task.caregivers(), 0, task
                .visits(), 0, 0, 0, false, 0, 0, seconds, attempt, status, message, executor, peakHeapMb);
    }

    Row toRow() {
        return RowFactory.create(problem, partition, planFile, visits, caregivers, assigned, unassigned, hard, medium,
                soft, feasible, travelSeconds, distanceMeters, solveSeconds, attempt, status, message, executor,
                peakHeapMb);
    }

    static PartitionResult of(Row r) {
        return new PartitionResult(r.getString(0), r.getString(1), r.getString(2), r.getInt(3), r.getInt(4), r.getInt(
                5), r.getInt(6), r.getLong(7), r.getLong(8), r.getLong(9), r.getBoolean(10), r.getLong(11),
                r.getLong(
                        12),
                r.getDouble(13), r.getInt(14), r.getString(15), r.getString(16), r.getString(17), r
                        .getLong(18));
    }
}
