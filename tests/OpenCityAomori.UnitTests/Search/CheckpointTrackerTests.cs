using OpenCityAomori.Modules.Search.Indexing;

namespace OpenCityAomori.UnitTests.Search;

public class CheckpointTrackerTests
{
    private readonly ManualClock _clock = new();

    private CheckpointTracker NewTracker(long checkpoint)
    {
        var tracker = new CheckpointTracker(_clock, TimeSpan.FromSeconds(30));
        tracker.Reset(checkpoint);
        return tracker;
    }

    [Fact]
    public void Contiguous_tasks_move_the_checkpoint_to_the_last_one()
    {
        var tracker = NewTracker(10);

        Assert.True(tracker.MarkApplied([11, 12, 13]));
        Assert.Equal(13, tracker.Checkpoint);
        Assert.False(tracker.WaitingForGap);
    }

    [Fact]
    public void A_missing_task_holds_the_checkpoint_until_it_arrives()
    {
        var tracker = NewTracker(10);

        tracker.MarkApplied([11, 13, 14]);
        Assert.Equal(11, tracker.Checkpoint);
        Assert.True(tracker.WaitingForGap);
        Assert.Equal(14, tracker.ReadFrom);
        Assert.True(tracker.IsPending(12));
        Assert.False(tracker.IsPending(13));

        tracker.MarkApplied([12]);
        Assert.Equal(14, tracker.Checkpoint);
        Assert.False(tracker.WaitingForGap);
    }

    [Fact]
    public void A_gap_that_never_fills_is_skipped_after_the_timeout()
    {
        var tracker = NewTracker(0);
        tracker.MarkApplied([1, 50, 51]);

        _clock.Advance(TimeSpan.FromSeconds(29));
        tracker.MarkApplied([]);
        Assert.Equal(1, tracker.Checkpoint);

        _clock.Advance(TimeSpan.FromSeconds(2));
        tracker.MarkApplied([]);
        Assert.Equal(51, tracker.Checkpoint);
    }

    [Fact]
    public void Tasks_at_or_below_the_checkpoint_are_not_pending()
    {
        var tracker = NewTracker(5);

        Assert.False(tracker.IsPending(5));
        Assert.True(tracker.IsPending(6));
        Assert.False(tracker.MarkApplied([3, 5]));
    }

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
