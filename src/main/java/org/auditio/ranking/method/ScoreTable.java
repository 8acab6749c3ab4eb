package org.auditio.ranking.method;

import java.util.Arrays;

/**
 * Jurors × applications, one weighted score per cell, NaN where the juror did not score the
 * application (not assigned, skipped, abstained, conflicted): absent, never zero. One flat array,
 * juror by juror, because a large call holds hundreds of thousands of cells.
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
        cells[juror * applications + application] = score;
    }

    public double score(int juror, int application) {
        return cells[juror * applications + application];
    }

    public boolean has(int juror, int application) {
        return !Double.isNaN(cells[juror * applications + application]);
    }

    public int jurors() {
        return jurors;
    }

    public int applications() {
        return applications;
    }

    /** The same table without one juror, as if they had never sat (leave-one-out). */
    public ScoreTable without(int juror) {
        double[] rest = new double[(jurors - 1) * applications];
        System.arraycopy(cells, 0, rest, 0, juror * applications);
        System.arraycopy(
                cells, (juror + 1) * applications, rest, juror * applications, (jurors - juror - 1) * applications);
        return new ScoreTable(jurors - 1, applications, rest);
    }

    /** The scores one application received, in juror order, absent ones left out. */
    int column(int application, double[] into) {
        int n = 0;
        for (int j = 0; j < jurors; j++) {
            double value = cells[j * applications + application];
            if (!Double.isNaN(value)) {
                into[n++] = value;
            }
        }
        return n;
    }
}
