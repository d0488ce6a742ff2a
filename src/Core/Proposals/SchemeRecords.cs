using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Data;

namespace OpenCityAomori.Core.Proposals;

/// <summary>The one way a scheme keeps its acceptance idempotent: one record per proposal, in the caller's transaction.</summary>
public static class SchemeRecords
{
    /// <summary>
    /// Returns the record of <paramref name="isOfProposal"/> if there is one; otherwise adds <paramref name="create"/>'s
    /// record and saves it in the caller's ambient transaction (a unique index on the proposal id backs this up).
    /// </summary>
    public static async Task<TRecord> CreateOnceAsync<TContext, TRecord>(
        IServiceProvider services, Expression<Func<TRecord, bool>> isOfProposal, Func<TRecord> create, CancellationToken cancellationToken)
        where TContext : DbContext
        where TRecord : class
    {
        var db = services.GetRequiredService<TContext>();
        services.GetRequiredService<AmbientTransaction>().Enlist(db);
        if (await db.Set<TRecord>().FirstOrDefaultAsync(isOfProposal, cancellationToken) is { } existing)
        {
            return existing;
        }

        var record = create();
        db.Set<TRecord>().Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return record;
    }
}
