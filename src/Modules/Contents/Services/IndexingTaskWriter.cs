using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Modules.Contents.Data;
using OpenCityAomori.Modules.Contents.Models;

namespace OpenCityAomori.Modules.Contents.Services;

/// <summary>Appends a task inside the caller's transaction.</summary>
internal static class IndexingTaskWriter
{
    /// <summary>Arbitrary key of the PostgreSQL advisory lock that orders task writers.</summary>
    private const long TaskLockKey = 0x4F43_4154_4153_4B;

    public static async Task AppendAsync(ContentsDbContext db, string contentItemId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        // Readers move a checkpoint past the highest id they saw. Under PostgreSQL a transaction that took
        // a lower id could commit after a higher one and be skipped; holding this lock from the insert to
        // the commit makes ids commit in order. SQLite serialises writers already.
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({TaskLockKey})", cancellationToken);
        }

        db.IndexingTasks.Add(new IndexingTask { ContentItemId = contentItemId, CreatedUtc = nowUtc });
    }
}
