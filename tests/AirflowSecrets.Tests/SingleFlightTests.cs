using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AirflowSecrets.Resolution;
using AirflowSecrets.Tests.Support;

namespace AirflowSecrets.Tests;

/// <summary>The single-flight primitive the resolver's lookups run through, on its own.</summary>
public sealed class SingleFlightTests
{
    // Work whose runs the test counts and releases by hand.
    private sealed class Work
    {
        private readonly ConcurrentQueue<(string Key, TaskCompletionSource<int> Done, CancellationToken Token)> _runs = new();

        public (string Key, TaskCompletionSource<int> Done, CancellationToken Token)[] Runs => _runs.ToArray();

        public Task<int> RunAsync(string key, CancellationToken token)
        {
            var done = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
            token.Register(() => done.TrySetCanceled(token));
            _runs.Enqueue((key, done, token));
            return done.Task;
        }
    }

    [Fact]
    public async Task Concurrent_callers_of_a_key_share_one_run_and_all_get_its_result()
    {
        var work = new Work();
        var flights = new SingleFlight<string, int>(work.RunAsync);
        Task<int>[] callers = Enumerable.Range(0, 50).Select(_ => flights.RunAsync("k", CancellationToken.None)).ToArray();
        Assert.Single(work.Runs);
        Assert.Equal(1, flights.InFlight);

        work.Runs[0].Done.SetResult(42);
        Assert.All(await Task.WhenAll(callers), result => Assert.Equal(42, result));
        Assert.Equal(0, flights.InFlight);
    }

    [Fact]
    public async Task Different_keys_run_separately_and_a_finished_run_is_not_reused()
    {
        var work = new Work();
        var flights = new SingleFlight<string, int>(work.RunAsync);
        Task<int> a = flights.RunAsync("a", CancellationToken.None);
        Task<int> b = flights.RunAsync("b", CancellationToken.None);
        Assert.Equal(new[] { "a", "b" }, work.Runs.Select(r => r.Key));
        work.Runs[1].Done.SetResult(2);
        work.Runs[0].Done.SetResult(1);
        Assert.Equal((1, 2), (await a, await b));

        Task<int> again = flights.RunAsync("a", CancellationToken.None);
        Assert.Equal(3, work.Runs.Length);
        work.Runs[2].Done.SetResult(10);
        Assert.Equal(10, await again);
    }

    [Fact]
    public async Task A_callers_cancellation_ends_its_own_wait_and_the_run_goes_on_for_the_others()
    {
        var work = new Work();
        var flights = new SingleFlight<string, int>(work.RunAsync);
        using var impatient = new CancellationTokenSource();
        Task<int> first = flights.RunAsync("k", impatient.Token);
        Task<int> second = flights.RunAsync("k", CancellationToken.None);

        impatient.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        Assert.False(work.Runs[0].Token.IsCancellationRequested);
        Assert.False(second.IsCompleted);

        work.Runs[0].Done.SetResult(7);
        Assert.Equal(7, await second);
        Assert.Single(work.Runs);
    }

    [Fact]
    public async Task When_every_caller_has_gone_the_run_is_cancelled_and_the_next_caller_starts_afresh()
    {
        var work = new Work();
        var flights = new SingleFlight<string, int>(work.RunAsync);
        using var one = new CancellationTokenSource();
        using var two = new CancellationTokenSource();
        Task<int> first = flights.RunAsync("k", one.Token);
        Task<int> second = flights.RunAsync("k", two.Token);
        one.Cancel();
        Assert.False(work.Runs[0].Token.IsCancellationRequested);
        two.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => second);
        Assert.True(work.Runs[0].Token.IsCancellationRequested);

        Task<int> next = flights.RunAsync("k", CancellationToken.None);
        await Eventually.True(() => work.Runs.Length == 2, "a second run was started");
        Assert.False(work.Runs[1].Token.IsCancellationRequested);
        work.Runs[1].Done.SetResult(5);
        Assert.Equal(5, await next);
    }

    [Fact]
    public async Task A_failed_run_fails_every_caller_and_the_next_call_runs_again()
    {
        var work = new Work();
        var flights = new SingleFlight<string, int>(work.RunAsync);
        Task<int>[] callers = Enumerable.Range(0, 3).Select(_ => flights.RunAsync("k", CancellationToken.None)).ToArray();
        work.Runs[0].Done.SetException(new InvalidOperationException("the backend broke"));
        foreach (Task<int> caller in callers)
        {
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => caller);
            Assert.Equal("the backend broke", error.Message);
        }

        Task<int> retry = flights.RunAsync("k", CancellationToken.None);
        Assert.Equal(2, work.Runs.Length);
        work.Runs[1].Done.SetResult(1);
        Assert.Equal(1, await retry);
    }

    [Fact]
    public async Task A_caller_already_cancelled_starts_nothing()
    {
        var work = new Work();
        var flights = new SingleFlight<string, int>(work.RunAsync);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => flights.RunAsync("k", cancelled.Token));
        Assert.Empty(work.Runs);
    }
}
