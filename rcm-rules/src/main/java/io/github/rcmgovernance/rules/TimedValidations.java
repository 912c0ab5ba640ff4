package io.github.rcmgovernance.rules;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads time-limited validations run on: a cached pool of daemon threads shared by every
 * validator, so that a stuck rule never keeps the JVM from exiting and idle threads go away.
 */
final class TimedValidations {
  private static final AtomicInteger COUNT = new AtomicInteger();
  private static final ExecutorService THREADS =
      Executors.newCachedThreadPool(
          task -> {
            Thread t = new Thread(task, "rcm-validation-" + COUNT.incrementAndGet());
            t.setDaemon(true);
            return t;
          });

  private TimedValidations() {}

  static <T> Future<T> submit(Callable<T> task) {
    return THREADS.submit(task);
  }
}
