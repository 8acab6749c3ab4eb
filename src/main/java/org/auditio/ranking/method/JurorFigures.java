package org.auditio.ranking.method;

/**
 * Each juror against the panel. Severity: the mean and standard deviation of their scores, and
 * their offset, the mean of (their score − the other jurors' mean) over the applications they share
 * (negative: harsher than the others on the same candidates). Agreement: Pearson's correlation of
 * their scores with the other jurors' mean on those applications (NaN below three shared ones).
 */
public record JurorFigures(int[] count, double[] mean, double[] sd, double[] offset, double[] agreement) {

    public static JurorFigures of(ScoreTable table) {
        int jurors = table.jurors();
        int applications = table.applications();
        double[] sums = new double[applications];
        int[] counts = new int[applications];
        for (int j = 0; j < jurors; j++) {
            for (int a = 0; a < applications; a++) {
                if (table.has(j, a)) {
                    sums[a] += table.score(j, a);
                    counts[a]++;
                }
            }
        }
        int[] count = new int[jurors];
        double[] mean = new double[jurors];
        double[] sd = new double[jurors];
        double[] offset = new double[jurors];
        double[] agreement = new double[jurors];
        double[] mine = new double[applications];
        double[] mineShared = new double[applications];
        double[] others = new double[applications];
        for (int j = 0; j < jurors; j++) {
            int n = 0;
            int shared = 0;
            double difference = 0;
            for (int a = 0; a < applications; a++) {
                if (!table.has(j, a)) {
                    continue;
                }
                double x = table.score(j, a);
                mine[n++] = x;
                if (counts[a] > 1) {
                    mineShared[shared] = x;
                    others[shared] = (sums[a] - x) / (counts[a] - 1);
                    difference += x - others[shared];
                    shared++;
                }
            }
            count[j] = n;
            mean[j] = n == 0 ? Double.NaN : Stats.mean(mine, n);
            sd[j] = n == 0 ? Double.NaN : Stats.sd(mine, n);
            offset[j] = shared == 0 ? Double.NaN : difference / shared;
            agreement[j] = shared < 3 ? Double.NaN : Stats.correlation(mineShared, others, shared);
        }
        return new JurorFigures(count, mean, sd, offset, agreement);
    }
}
