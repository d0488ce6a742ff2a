using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OpenCityAomori.Core.Data;

/// <summary>
/// Puts every SQLite write of every module's context through <see cref="SqliteWriteGate"/>:
/// a transaction is begun here, after the gate, as <c>BEGIN IMMEDIATE</c> (so a transaction that reads
/// before it writes never needs to upgrade its lock), and <see cref="SqliteGatedTransactionFactory"/>
/// releases the gate when it ends. A context that joins another's transaction
/// (<see cref="AmbientTransaction"/>) begins nothing, so one physical transaction takes the gate once.
/// Every SaveChanges runs in a transaction (EF would otherwise send a one-statement save as an
/// autocommit write that passes the gate), and a write sent outside any transaction
/// (ExecuteUpdate, ExecuteDelete, raw SQL) holds the gate for that one statement.
/// </summary>
internal sealed class SqliteWriteGateInterceptor : IDbTransactionInterceptor, IDbCommandInterceptor, ISaveChangesInterceptor
{
    public static SqliteWriteGateInterceptor Instance { get; } = new();

    // Autocommit writes in flight, until their Executed / Failed / Canceled.
    private readonly ConditionalWeakTable<DbCommand, SqliteWriteGate.Lease> _statements = [];

    private SqliteWriteGateInterceptor()
    {
    }

    public InterceptionResult<DbTransaction> TransactionStarting(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result) =>
        result.HasResult || connection is not SqliteConnection sqlite ? result : Begin(sqlite, eventData, SqliteWriteGate.Enter(sqlite));

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default) =>
        result.HasResult || connection is not SqliteConnection sqlite
            ? result
            : Begin(sqlite, eventData, await SqliteWriteGate.EnterAsync(sqlite, cancellationToken).ConfigureAwait(false));

    public InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        GateAutocommitWrite(command);
        return result;
    }

    public async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await GateAutocommitWriteAsync(command, cancellationToken).ConfigureAwait(false);
        return result;
    }

    public InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        GateAutocommitWrite(command);
        return result;
    }

    public async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        await GateAutocommitWriteAsync(command, cancellationToken).ConfigureAwait(false);
        return result;
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Release(command);
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Release(command);
        return ValueTask.FromResult(result);
    }

    public object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Release(command);
        return result;
    }

    public ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Release(command);
        return ValueTask.FromResult(result);
    }

    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Release(command);

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(command);
        return Task.CompletedTask;
    }

    public void CommandCanceled(DbCommand command, CommandEndEventData eventData) => Release(command);

    public Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(command);
        return Task.CompletedTask;
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        AlwaysInTransaction(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        AlwaysInTransaction(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static InterceptionResult<DbTransaction> Begin(SqliteConnection connection, TransactionStartingEventData eventData, SqliteWriteGate.Lease? lease)
    {
        try
        {
            var transaction = connection.BeginTransaction(eventData.IsolationLevel, deferred: false);
            if (lease is not null)
            {
                SqliteWriteGate.Hold(transaction, lease);
            }

            return InterceptionResult<DbTransaction>.SuppressWithResult(transaction);
        }
        catch
        {
            lease?.Dispose();
            throw;
        }
    }

    private static void AlwaysInTransaction(DbContext? context)
    {
        if (context is not null && context.Database.AutoTransactionBehavior == AutoTransactionBehavior.WhenNeeded)
        {
            context.Database.AutoTransactionBehavior = AutoTransactionBehavior.Always;
        }
    }

    private static bool IsAutocommitWrite(DbCommand command, out SqliteConnection connection)
    {
        connection = (command.Connection as SqliteConnection)!;
        return connection is not null && command.Transaction is null && !IsRead(command.CommandText);
    }

    // EF's reads start with SELECT (after any tag comments); PRAGMAs only read or set the connection.
    private static bool IsRead(string sql)
    {
        var text = sql.AsSpan().TrimStart();
        while (text.StartsWith("--", StringComparison.Ordinal))
        {
            var end = text.IndexOf('\n');
            text = end < 0 ? [] : text[(end + 1)..].TrimStart();
        }

        return text.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) || text.StartsWith("PRAGMA", StringComparison.OrdinalIgnoreCase);
    }

    private void GateAutocommitWrite(DbCommand command)
    {
        if (IsAutocommitWrite(command, out var connection))
        {
            Track(command, SqliteWriteGate.Enter(connection));
        }
    }

    private async Task GateAutocommitWriteAsync(DbCommand command, CancellationToken cancellationToken)
    {
        if (IsAutocommitWrite(command, out var connection))
        {
            Track(command, await SqliteWriteGate.EnterAsync(connection, cancellationToken).ConfigureAwait(false));
        }
    }

    private void Track(DbCommand command, SqliteWriteGate.Lease? lease)
    {
        if (lease is not null)
        {
            _statements.AddOrUpdate(command, lease);
        }
    }

    private void Release(DbCommand command)
    {
        if (_statements.TryGetValue(command, out var lease) && _statements.Remove(command))
        {
            lease.Dispose();
        }
    }
}
