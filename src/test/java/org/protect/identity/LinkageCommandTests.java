package org.protect.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkageCommandTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@TempDir
	Path folder;

	@Test
	void deduplicatesAFileAndEndsWithTheMeasuresLine() {
		int status = run("--left", LinkageData.path("febrl/dataset1.csv").toString());

		assertThat(status).isZero();
		List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
		assertThat(lines.get(lines.size() - 1))
				.matches("precision=1\\.0000 recall=1\\.0000 f1=1\\.0000 pairs=\\d+ seconds=\\d+\\.\\d{3}");
		assertThat(lines).anyMatch(line -> line.startsWith("candidate pairs=") && line.contains("pairs completeness="));
	}

	@Test
	void writesThePairsFoundWithTheirExplanation() throws IOException {
		Path pairs = folder.resolve("pairs.csv");

		run("--left", LinkageData.path("febrl/dataset1.csv").toString(), "--out", pairs.toString());

		List<String> lines = Files.readAllLines(pairs);
		assertThat(lines.get(0)).isEqualTo("left_id,right_id,score,explanation");
		assertThat(lines).hasSize(501);
		assertThat(lines.get(1)).contains("given_name=", "surname=");
	}

	@Test
	void linksTwoFilesOnEncodingsWithAThreshold() throws IOException {
		Path left = folder.resolve("left.csv");
		Path right = folder.resolve("right.csv");
		Files.write(left, List.of("rec_id,given_name,surname,date_of_birth", "rec-1-org,Сергій,Коваленко,20110304",
				"rec-2-org,Amina,Yusuf,20120519"));
		Files.write(right, List.of("rec_id,given_name,surname,date_of_birth", "rec-1-dup-0,Serhii,Kovalenko,20110304",
				"rec-3-dup-0,Jonas,Lind,20080101"));

		int status = run("--left", left.toString(), "--right", right.toString(), "--pprl", "--threshold", "0.8");

		assertThat(status).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("precision=1.0000 recall=1.0000");
	}

	@Test
	void printsOnlyPairsAndTimeWithoutGroundTruth() throws IOException {
		Path left = folder.resolve("left.csv");
		Files.write(left, List.of("rec_id,given_name,surname,date_of_birth", "a,Amina,Yusuf,20120519",
				"b,Amina,Yusuf,2012"));

		run("--left", left.toString());

		List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
		assertThat(lines.get(lines.size() - 1)).matches("pairs=1 seconds=\\d+\\.\\d{3}");
	}

	@Test
	void refusesMissingLeftFile() {
		assertThat(run("--right", "x.csv")).isNotZero();
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: linkage");
	}

	@Test
	void refusesUnknownArgumentsAndUnreadableFiles() {
		assertThat(run("--left", "/nonexistent/a.csv")).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot read /nonexistent/a.csv");
		assertThat(run("--frobnicate")).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown argument --frobnicate");
	}

	@Test
	void refusesAThresholdThatIsNotANumberOrNotADiceCoefficient() {
		String file = LinkageData.path("febrl/dataset1.csv").toString();
		assertThat(run("--left", file, "--threshold", "high")).isEqualTo(2);
		assertThat(run("--left", file, "--pprl", "--threshold", "3")).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("--threshold needs a number", "Dice coefficient");
	}

	@Test
	void refusesAFileWithoutRecordIds() throws IOException {
		Path left = folder.resolve("left.csv");
		Files.write(left, List.of("name,surname", "Amina,Yusuf"));

		assertThat(run("--left", left.toString())).isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("no rec_id column");
	}

	private int run(String... args) {
		return LinkageCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

}
