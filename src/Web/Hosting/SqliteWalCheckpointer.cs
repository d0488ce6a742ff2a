using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using OpenCityAomori.Core.Data;

namespace OpenCityAomori.Web.Hosting;

/// <summary>
/// On SQLite, copies the write-ahead log into the database file every second in the background
/// (<see cref="SqliteWalCheckpoint"/>: PASSIVE, and a short RESTART between two writers once the log is
/// long). It is the only checkpointer: every module's connection turns its automatic checkpoint off
/// (<see cref="SqliteConnectionPolicy"/>).
/// </summary>
internal sealed class SqliteWalCheckpointer(IOptions<DatabaseOptions> database, ILogger<SqliteWalCheckpointer> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (database.Value.Provider != DatabaseProvider.Sqlite || database.Value.ConnectionString is not { Length: > 0 } connectionString)
        {
            return;
        }

        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                if (!await SqliteWalCheckpoint.RunAsync(connectionString, stoppingToken))
                {
                    logger.LogDebug("WAL restart skipped: readers still on the log");
                }
            }
            catch (SqliteException ex)
            {
                logger.LogDebug(ex, "WAL checkpoint skipped");
            }
        }
    }
}
