using Dpa.Rules.Cli;

namespace Dpa.Rules.Tests.Cli;

public sealed class OrderedParallelTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    public void Results_ComeInTheOrderOfTheItems_WhateverTheirDurations(int parallelism)
    {
        var seen = new List<int>();

        OrderedParallel.Run(Enumerable.Range(0, 500), parallelism, window: 8, work: i =>
        {
            Thread.SpinWait((i * 7919 % 13) * 1000);
            return i * 2;
        }, consume: seen.Add);

        Assert.Equal(Enumerable.Range(0, 500).Select(i => i * 2), seen);
    }

    [Fact]
    public void NeverMoreThanTheWindowAheadOfTheConsumer()
    {
        var taken = 0;
        var consumed = 0;
        var worst = 0;
        IEnumerable<int> Items()
        {
            for (var i = 0; i < 300; i++)
            {
                var ahead = Interlocked.Increment(ref taken) - Volatile.Read(ref consumed);
                InterlockedMax(ref worst, ahead);
                yield return i;
            }
        }

        OrderedParallel.Run(Items(), parallelism: 4, window: 6, work: i => i, consume: _ =>
        {
            Thread.Sleep(1);
            Interlocked.Increment(ref consumed);
        });

        Assert.Equal(300, consumed);
        // The consumer counts an item once its callback returns: the one being consumed may make one more.
        Assert.InRange(worst, 1, 7);
    }

    [Fact]
    public void AFailingItem_StopsTheRun_AndItsExceptionReachesTheCaller()
    {
        var consumed = new List<int>();

        var ex = Assert.Throws<InvalidOperationException>(() => OrderedParallel.Run(Enumerable.Range(0, 1000), 3, 12, work: i =>
            i == 100 ? throw new InvalidOperationException("item 100") : i, consume: consumed.Add));

        Assert.Equal("item 100", ex.Message);
        Assert.True(consumed.Count <= 100);
        Assert.Equal(Enumerable.Range(0, consumed.Count), consumed);
    }

    [Fact]
    public void EmptySequence_ConsumesNothing()
    {
        var count = 0;
        OrderedParallel.Run(Array.Empty<int>(), 4, 16, i => i, _ => count++);
        Assert.Equal(0, count);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
