package org.parley.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs {@code parley} as a user does: a real child JVM, real arguments, real streams and exit code. */
final class Cli {
  record Result(int exit, String out, String err) {
    List<String> outLines() {
      return out.isBlank() ? List.of() : List.of(out.strip().split("\n"));
    }

    List<String> errLines() {
      return err.isBlank() ? List.of() : List.of(err.strip().split("\n"));
    }
  }

  private Cli() {
  }

  static Path repo() {
    String home = System.getProperty("parley.home");
    return home != null ? Path.of(home) : Path.of("..").toAbsolutePath().normalize();
  }

  static Path shared() {
    String s = System.getProperty("parley.shared");
    return s != null ? Path.of(s) : repo().resolve("../shared").normalize();
  }

  static ProcessBuilder builder(Path cwd, String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx1g");
    cmd.add("--enable-native-access=ALL-UNNAMED");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("-Dparley.home=" + repo());
    cmd.add(Parley.class.getName());
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile());
    pb.environment().remove("PARLEY_STDERR_TTY");
    return pb;
  }

  static Result run(Path cwd, String... args) {
    return runWithInput(cwd, null, args);
  }

  static Result runWithInput(Path cwd, byte[] stdin, String... args) {
    try {
      Process p = builder(cwd, args).start();
      CompletableFuture<byte[]> out = drain(p.getInputStream());
      CompletableFuture<byte[]> err = drain(p.getErrorStream());
      try (OutputStream in = p.getOutputStream()) {
        if (stdin != null) {
          in.write(stdin);
        }
      }
      if (!p.waitFor(5, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new AssertionError("parley " + String.join(" ", args) + " did not finish");
      }
      return new Result(p.exitValue(), new String(out.join(), StandardCharsets.UTF_8),
          new String(err.join(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  static CompletableFuture<byte[]> drain(InputStream in) {
    return CompletableFuture.supplyAsync(() -> {
      try (in) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        in.transferTo(b);
        return b.toByteArray();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
