package org.parley.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * One input file: its full path on its Hadoop file system and its size. {@link #list} walks the inputs as
 * {@code parley ingest} walks folders: recursively, in name order, skipping hidden files and folders and the
 * documentation files that sit beside articles ({@code README*}, {@code LICENSE*}, {@code NOTICE*}), and Hadoop's
 * markers ({@code _SUCCESS}).
 *
 * @param path the fully qualified path ({@code file:/data/a.warc.gz}, {@code hdfs://nn/crawl/...})
 * @param size the length in bytes
 * @param index its position in the listing
 */
record InputFile(String path, long size, int index) implements Serializable {

  /** The files under {@code inputs}; an input that does not exist or cannot be listed goes to {@code problems}. */
  static List<InputFile> list(List<String> inputs, Configuration conf, List<Outcome> problems) {
    List<InputFile> out = new ArrayList<>();
    for (String input : inputs) {
      Path root = new Path(input);
      try {
        FileSystem fs = root.getFileSystem(conf);
        FileStatus status = fs.getFileStatus(root);
        if (status.isFile()) {
          out.add(new InputFile(status.getPath().toString(), status.getLen(), out.size()));
          continue;
        }
        List<InputFile> found = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
        Path qualified = status.getPath();
        while (it.hasNext()) {
          LocatedFileStatus f = it.next();
          if (f.isFile() && !skipped(qualified, f.getPath())) {
            found.add(new InputFile(f.getPath().toString(), f.getLen(), -1));
          }
        }
        found.sort((a, b) -> a.path().compareTo(b.path()));
        for (InputFile f : found) {
          out.add(new InputFile(f.path(), f.size(), out.size()));
        }
      } catch (FileNotFoundException e) {
        problems.add(Outcome.problem(input, "no such file or folder"));
      } catch (IOException | RuntimeException e) {
        problems.add(Outcome.problem(input, "cannot list: " + (e.getMessage() == null ? e : e.getMessage())));
      }
    }
    return out;
  }

  /** Hidden files and folders under the root, and documentation files, are not articles. */
  private static boolean skipped(Path root, Path file) {
    for (Path p = file; p != null && !p.equals(root); p = p.getParent()) {
      if (p.getName().startsWith(".")) {
        return true;
      }
    }
    if (file.getName().startsWith("_")) {
      return true; // Hadoop's own markers (_SUCCESS) and metadata
    }
    String upper = file.getName().toUpperCase(Locale.ROOT);
    return upper.startsWith("README") || upper.startsWith("LICENSE") || upper.startsWith("NOTICE");
  }
}
