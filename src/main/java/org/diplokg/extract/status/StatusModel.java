package org.diplokg.extract.status;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

import org.diplokg.extract.MeetingStatus;

/**
 * A maximum-entropy model (Apache OpenNLP's) over {@link StatusFeatures}: the probability of each
 * status for one context. Training is deterministic: the same examples in the same order give
 * the same model, byte for byte ({@link #bytes}), on one thread with a fixed number of iterations.
 */
public final class StatusModel {
    /** Where the model trained on the dev corpus is on the class path. */
    public static final String BUNDLED = "/lang/en/status-maxent.bin";

    /**
     * How the model is trained: OpenNLP's algorithm ({@code MAXENT} for GIS, {@code MAXENT_QN}
     * for L-BFGS with L2 regularisation), its iterations, and how often a feature must occur to count.
     */
    public record Settings(String algorithm, int iterations, int cutoff, double l2) {
        /** The settings the bundled model was trained with; chosen by cross-validation on dev. */
        public static final Settings DEFAULT = new Settings("MAXENT_QN", 200, 2, 1.0);

        TrainingParameters parameters() {
            TrainingParameters p = new TrainingParameters();
            p.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
            p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
            p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
            p.put(TrainingParameters.THREADS_PARAM, 1);
            p.put("PrintMessages", false);
            if (algorithm.equals("MAXENT_QN")) {
                p.put("L1Cost", 0.0);
                p.put("L2Cost", l2);
            }
            return p;
        }
    }

    /** One training example: the features of a context and the status the gold gives it. */
    public record Example(String[] features, MeetingStatus status) {
    }

    private final MaxentModel model;

    private StatusModel(MaxentModel model) {
        this.model = model;
    }

    public static StatusModel train(List<Example> examples) {
        return train(examples, Settings.DEFAULT);
    }

    public static StatusModel train(List<Example> examples, Settings settings) {
        if (examples.isEmpty()) throw new IllegalArgumentException("no examples to train a status model on");
        List<Event> events = examples.stream().map(e -> new Event(e.status().label(), e.features())).toList();
        try {
            EventTrainer trainer = TrainerFactory.getEventTrainer(settings.parameters(), new java.util.HashMap<>());
            return new StatusModel(trainer.train(ObjectStreamUtils.createObjectStream(events)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The probability of each status the model has seen; statuses it never saw are left out. */
    public Map<MeetingStatus, Double> probabilities(String[] features) {
        double[] p = model.eval(features);
        Map<MeetingStatus, Double> out = new EnumMap<>(MeetingStatus.class);
        for (int i = 0; i < p.length; i++) out.put(MeetingStatus.fromLabel(model.getOutcome(i)), p[i]);
        return out;
    }

    /** The most probable status; ties go to the earlier status of {@link MeetingStatus}. */
    public MeetingStatus best(String[] features) {
        MeetingStatus best = null;
        double p = -1;
        for (Map.Entry<MeetingStatus, Double> e : probabilities(features).entrySet()) {
            if (e.getValue() > p) {
                best = e.getKey();
                p = e.getValue();
            }
        }
        return best;
    }

    /** The model in OpenNLP's binary format. */
    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DataOutputStream data = new DataOutputStream(out)) {
            new GenericModelWriter((AbstractModel) model, data).persist();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static StatusModel read(InputStream in) throws IOException {
        return new StatusModel(new GenericModelReader(new BinaryFileDataReader(in)).getModel());
    }

    private static volatile StatusModel bundled;

    /** The model trained on the dev corpus ({@code train-status}), read once per process. */
    public static StatusModel bundled() {
        if (bundled == null) {
            synchronized (StatusModel.class) {
                if (bundled == null) {
                    try (InputStream in = StatusModel.class.getResourceAsStream(BUNDLED)) {
                        if (in == null) throw new IllegalStateException(BUNDLED + " is not on the class path");
                        bundled = read(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException(BUNDLED + ": " + e.getMessage(), e);
                    }
                }
            }
        }
        return bundled;
    }
}
