package vn.diemnong.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.diemnong.IntegrationTest;

/**
 * V29: the data version stays correct while its table stays small. It grows by one per committed writing transaction
 * (now also for the records the risk reads), a compaction leaves it as it was and empties the table, a writer still
 * open during a compaction counts when it commits, and the service's role cannot delete the rows itself.
 */
@IntegrationTest
class DataVersionIT {

	@Autowired
	DataVersion version;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aCompactionKeepsTheVersionAndEmptiesTheTable() {
		write();
		write();
		long before = version.current();
		assertThat(rows()).isGreaterThanOrEqualTo(2);
		assertThat(version.compact()).isGreaterThanOrEqualTo(2);
		assertThat(version.current()).isEqualTo(before);
		assertThat(rows()).isZero();
		write();
		assertThat(version.current()).isEqualTo(before + 1);
		assertThat(version.compact()).isEqualTo(1);
		assertThat(version.current()).isEqualTo(before + 1);
	}

	@Test
	void aWriterStillOpenDuringACompactionCountsWhenItCommitsAndNotBefore() throws Exception {
		CountDownLatch written = new CountDownLatch(1);
		CountDownLatch compacted = new CountDownLatch(1);
		ExecutorService other = Executors.newSingleThreadExecutor();
		try {
			Future<?> writer = other.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
				write();
				written.countDown();
				await(compacted);
			}));
			assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();
			long before = version.current();
			version.compact();
			assertThat(version.current()).as("a compaction while a writer is open").isEqualTo(before);
			compacted.countDown();
			writer.get(30, TimeUnit.SECONDS);
			assertThat(version.current()).as("the writer committed").isEqualTo(before + 1);
			version.compact();
			assertThat(version.current()).isEqualTo(before + 1);
		}
		finally {
			other.shutdownNow();
		}
	}

	@Test
	void aWriteToARecordTheRiskReadsMovesTheVersion() {
		long before = version.current();
		jdbc.sql("UPDATE tip SET status = status WHERE false").update();
		assertThat(version.current()).as("a statement on tip, even of no row").isEqualTo(before + 1);
		jdbc.sql("UPDATE sample SET value = value WHERE false").update();
		assertThat(version.current()).as("and on sample").isEqualTo(before + 2);
	}

	@Test
	void theServiceCannotDeleteTheRowsNorTheBase() {
		write();
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM map_data_change").update()).isNotNull();
		assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
			jdbc.sql("SELECT set_config('diemnong.compacting_map_data_change', 'on', true)").query(String.class)
				.single();
			jdbc.sql("DELETE FROM map_data_change").update();
		})).isNotNull();
		assertThatThrownBy(() -> jdbc.sql("UPDATE map_data_version_base SET compacted = 0").update()).isNotNull();
		assertThat(rows()).isPositive();
	}

	private void write() {
		jdbc.sql("UPDATE site SET name = name WHERE id = (SELECT min(id) FROM site)").update();
	}

	private long rows() {
		return jdbc.sql("SELECT count(*) FROM map_data_change").query(Long.class).single();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
