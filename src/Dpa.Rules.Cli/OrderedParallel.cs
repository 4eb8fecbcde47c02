namespace Dpa.Rules.Cli;

/// <summary>Runs one function over a sequence on several threads and hands the results on in the sequence's order, never more
/// than a fixed number ahead of the consumer: all cores busy, output identical to a sequential run, memory bounded by the
/// window whatever the sequence's length.</summary>
/// <remarks><para>The sequence is read lazily, one item at a time under a lock, so an input list that is itself produced as it
/// goes (a directory walk) is never held whole. The consumer runs on the calling thread. An exception thrown by the function
/// stops the run and is rethrown to the caller once the workers have stopped.</para></remarks>
internal static class OrderedParallel
{
    /// <summary>Maps <paramref name="items"/> through <paramref name="work"/> on <paramref name="parallelism"/> threads and passes the
    /// results to <paramref name="consume"/> in order.</summary>
    /// <param name="items">The items; read once, lazily.</param>
    /// <param name="parallelism">The number of worker threads; 1 runs everything on the calling thread.</param>
    /// <param name="window">How many results may wait, or be in the making, ahead of the consumer (at least <paramref name="parallelism"/>).</param>
    /// <param name="work">The function; called on worker threads.</param>
    /// <param name="consume">Receives each result, in the items' order, on the calling thread.</param>
    public static void Run<TIn, TOut>(IEnumerable<TIn> items, int parallelism, int window, Func<TIn, TOut> work, Action<TOut> consume)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);
        if (parallelism == 1)
        {
            foreach (var item in items)
            {
                consume(work(item));
            }

            return;
        }

        new Runner<TIn, TOut>(items, Math.Max(window, parallelism), work).Run(parallelism, consume);
    }

    private sealed class Runner<TIn, TOut>(IEnumerable<TIn> items, int window, Func<TIn, TOut> work)
    {
        private readonly object _gate = new();
        private readonly TOut[] _slots = new TOut[window];
        private readonly bool[] _ready = new bool[window];
        private IEnumerator<TIn>? _source;
        private long _taken;
        private long _consumed;
        private bool _exhausted;
        private Exception? _failure;

        public void Run(int parallelism, Action<TOut> consume)
        {
            _source = items.GetEnumerator();
            var workers = new Thread[parallelism];
            for (var i = 0; i < workers.Length; i++)
            {
                workers[i] = new Thread(Work) { IsBackground = true, Name = "dpa-rules worker " + i };
                workers[i].Start();
            }

            try
            {
                while (Next(out var result))
                {
                    consume(result);
                }
            }
            catch (Exception ex)
            {
                Fail(ex);
                throw;
            }
            finally
            {
                foreach (var worker in workers)
                {
                    worker.Join();
                }

                _source.Dispose();
            }

            if (_failure is { } failure)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
            }
        }

        private bool Next(out TOut result)
        {
            lock (_gate)
            {
                var slot = (int)(_consumed % window);
                while (!_ready[slot] && _failure is null && !(_exhausted && _consumed == _taken))
                {
                    Monitor.Wait(_gate);
                }

                if (!_ready[slot])
                {
                    result = default!;
                    return false;
                }

                result = _slots[slot];
                _slots[slot] = default!;
                _ready[slot] = false;
                _consumed++;
                Monitor.PulseAll(_gate);
                return true;
            }
        }

        private void Work()
        {
            while (true)
            {
                long index;
                TIn item;
                lock (_gate)
                {
                    while (_taken - _consumed >= window && _failure is null)
                    {
                        Monitor.Wait(_gate);
                    }

                    if (_failure is not null || _exhausted)
                    {
                        return;
                    }

                    try
                    {
                        if (!_source!.MoveNext())
                        {
                            _exhausted = true;
                            Monitor.PulseAll(_gate);
                            return;
                        }

                        item = _source.Current;
                    }
                    catch (Exception ex)
                    {
                        FailLocked(ex);
                        return;
                    }

                    index = _taken++;
                }

                TOut result;
                try
                {
                    result = work(item);
                }
                catch (Exception ex)
                {
                    Fail(ex);
                    return;
                }

                lock (_gate)
                {
                    var slot = (int)(index % window);
                    _slots[slot] = result;
                    _ready[slot] = true;
                    Monitor.PulseAll(_gate);
                }
            }
        }

        private void Fail(Exception ex)
        {
            lock (_gate)
            {
                FailLocked(ex);
            }
        }

        private void FailLocked(Exception ex)
        {
            _failure ??= ex;
            Monitor.PulseAll(_gate);
        }
    }
}
