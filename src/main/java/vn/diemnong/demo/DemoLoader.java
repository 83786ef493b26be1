package vn.diemnong.demo;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.diemnong.common.DatasetLoads;
import vn.diemnong.geo.ProvinceProperties;

/**
 * Loads the demo province once per database and seed, after the boundaries and regulations: generates it and inserts
 * it in one transaction, marked in {@code dataset_load} as {@code demo:<province>:seed=<seed>}.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "diemnong.demo.enabled", havingValue = "true")
class DemoLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

	private final DemoProperties properties;
	private final ProvinceProperties province;
	private final DemoSources sources;
	private final DemoWriter writer;
	private final DatasetLoads loads;
	private final TransactionTemplate transaction;

	DemoLoader(DemoProperties properties, ProvinceProperties province, DemoSources sources, DemoWriter writer,
			DatasetLoads loads, TransactionTemplate transaction) {
		this.properties = properties;
		this.province = province;
		this.sources = sources;
		this.writer = writer;
		this.loads = loads;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		transaction.executeWithoutResult(status -> loadIfMissing());
	}

	/** A demo with another seed already loaded stays alone: two demos would duplicate the documented sites. */
	private void loadIfMissing() {
		String dataset = "demo:" + province.code() + ":seed=" + properties.seed();
		List<String> loaded = loads.loadedStartingWith("demo:" + province.code() + ":");
		if (loaded.contains(dataset)) {
			return;
		}
		if (!loaded.isEmpty()) {
			log.warn("Demo {} not loaded: this database already holds {}", dataset, loaded);
			return;
		}
		long started = System.nanoTime();
		DemoProvince demo = new DemoGenerator().generate(sources.input(properties.seed()));
		writer.write(demo);
		loads.record(dataset, demo.summary());
		log.info("Loaded demo province {} (seed {}) in {} ms: {}", province.code(), properties.seed(),
				(System.nanoTime() - started) / 1_000_000, demo.summary());
	}
}
