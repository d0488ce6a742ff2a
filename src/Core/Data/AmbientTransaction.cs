using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace OpenCityAomori.Core.Data;

/// <summary>
/// Lets one unit of work span the DbContexts of several modules (all on the same database): the
/// owner begins a transaction on its context and publishes it here; a module that writes as part of
/// that work (an e-mail in the outbox, a notification) enlists its own context, so the step and its
/// effects commit or roll back together. On SQLite this also avoids a second connection waiting on
/// the first one's write lock. Scoped: one per request or per background unit of work.
/// </summary>
public sealed class AmbientTransaction
{
    private DbTransaction? current;

    /// <summary>The transaction of the work in progress in this scope, if any.</summary>
    public DbTransaction? Current => current;

    /// <summary>Publishes <paramref name="transaction"/> until the returned handle is disposed.</summary>
    public IDisposable Use(IDbContextTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        var previous = current;
        current = transaction.GetDbTransaction();
        return new Scope(this, previous);
    }

    /// <summary>
    /// Joins <paramref name="context"/> to the current transaction when there is one and the context
    /// is not in a transaction of its own. Call before the context's first query or save in the work.
    /// </summary>
    public void Enlist(DbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (current?.Connection is not { } connection || context.Database.CurrentTransaction is not null)
        {
            return;
        }

        if (!ReferenceEquals(context.Database.GetDbConnection(), connection))
        {
            context.Database.SetDbConnection(connection, contextOwnsConnection: false);
        }

        context.Database.UseTransaction(current);
    }

    private sealed class Scope(AmbientTransaction owner, DbTransaction? previous) : IDisposable
    {
        public void Dispose() => owner.current = previous;
    }
}
