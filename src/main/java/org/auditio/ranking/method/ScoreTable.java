package org.auditio.ranking.method;

import java.util.Arrays;

/**
 * Jurors × applications, one weighted score per cell, NaN where the juror did not score the
 * application (not assigned, skipped, abstained, conflicted): absent, never zero. One flat array,
 * application by application (an application's scores side by side), because a large call holds
 * hundreds of thousands of cells.
 */
public final class ScoreTable {

    private final int jurors;
    private final int applications;
    private final double[] cells;

    private ScoreTable(int jurors, int applications, double[] cells) {
        this.jurors = jurors;
        this.applications = applications;
        this.cells = cells;
    }

    public static ScoreTable empty(int jurors, int applications) {
        double[] cells = new double[jurors * applications];
        Arrays.fill(cells, Double.NaN);
        return new ScoreTable(jurors, applications, cells);
    }

    /** Rows are jurors; {@code null} or NaN marks an absent score (for tests and small tables). */
    public static ScoreTable of(Double[][] byJuror) {
        ScoreTable table = empty(byJuror.length, byJuror.length == 0 ? 0 : byJuror[0].length);
        for (int j = 0; j < byJuror.length; j++) {
            for (int a = 0; a < byJuror[j].length; a++) {
                if (byJuror[j][a] != null) {
                    table.set(j, a, byJuror[j][a]);
                }
            }
        }
        return table;
    }

    public void set(int juror, int application, double score) {
        cells[application * jurors + juror] = score;
    }

    public double score(int juror, int application) {
        return cells[application * jurors + juror];
    }

    public boolean has(int juror, int application) {
        return !Double.isNaN(cells[application * jurors + juror]);
    }

    public int jurors() {
        return jurors;
    }

    public int applications() {
        return applications;
    }

    /** The same table without one juror, as if they had never sat (leave-one-out). */
    public ScoreTable without(int juror) {
        int others = jurors - 1;
        double[] rest = new double[others * applications];
        for (int a = 0; a < applications; a++) {
            System.arraycopy(cells, a * jurors, rest, a * others, juror);
            System.arraycopy(cells, a * jurors + juror + 1, rest, a * others + juror, others - juror);
        }
        return new ScoreTable(others, applications, rest);
    }

    /** The scores one application received, in juror order, absent ones left out. */
    int column(int application, double[] into) {
        int n = 0;
        for (int j = 0, at = application * jurors; j < jurors; j++, at++) {
            double value = cells[at];
            if (!Double.isNaN(value)) {
                into[n++] = value;
            }
        }
        return n;
    }
}
