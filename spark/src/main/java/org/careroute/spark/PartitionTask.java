package org.careroute.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * One partition to plan, as a row of the batch's Dataset: which input problem and partition it is, and the
 * partition's own problem as careroute JSON, so that an executor needs nothing but the row.
 *
 * @param key
 *            the partition's file name (without {@code .json}) under {@code partitions/PROBLEM/}: its position and
 *            name, unique and the same in every run of the same input
 */
record PartitionTask(String problem, String partition, String key, int visits, int caregivers, String problemJson) {

    static final StructType SCHEMA = new StructType()
            .add("problem", DataTypes.StringType, false)
            .add("partition", DataTypes.StringType, false)
            .add("key", DataTypes.StringType, false)
            .add("visits", DataTypes.IntegerType, false)
            .add("caregivers", DataTypes.IntegerType, false)
            .add("problem_json", DataTypes.StringType, false);

    Row toRow() {
        return RowFactory.create(problem, partition, key, visits, caregivers, problemJson);
    }

    static PartitionTask of(Row r) {
        return new PartitionTask(r.getString(0), r.getString(1), r.getString(2), r.getInt(3), r.getInt(4), r
                .getString(5));
    }
}
