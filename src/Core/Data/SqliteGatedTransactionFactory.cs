using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace OpenCityAomori.Core.Data;

/// <summary>
/// EF's transactions on SQLite, each releasing the <see cref="SqliteWriteGate"/> its begin took
/// (<see cref="SqliteWriteGateInterceptor"/>) when it commits, rolls back or is disposed, whichever
/// comes first; EF disposes a context's open transaction with the context or its connection.
/// A transaction joined from another context (not owned) holds no lease.
/// </summary>
internal sealed class SqliteGatedTransactionFactory(RelationalTransactionFactoryDependencies dependencies)
    : RelationalTransactionFactory(dependencies)
{
    public override RelationalTransaction Create(
        IRelationalConnection connection,
        DbTransaction transaction,
        Guid transactionId,
        IDiagnosticsLogger<DbLoggerCategory.Database.Transaction> logger,
        bool transactionOwned) =>
        transactionOwned && SqliteWriteGate.Claim(transaction) is { } lease
            ? new GatedTransaction(connection, transaction, transactionId, logger, Dependencies.SqlGenerationHelper, lease)
            : base.Create(connection, transaction, transactionId, logger, transactionOwned);

    private sealed class GatedTransaction(
        IRelationalConnection connection,
        DbTransaction transaction,
        Guid transactionId,
        IDiagnosticsLogger<DbLoggerCategory.Database.Transaction> logger,
        ISqlGenerationHelper sqlGenerationHelper,
        SqliteWriteGate.Lease lease)
        : RelationalTransaction(connection, transaction, transactionId, logger, transactionOwned: true, sqlGenerationHelper)
    {
        // A failed COMMIT can leave SQLite's transaction open: the lease then waits for Dispose.
        public override void Commit()
        {
            base.Commit();
            lease.Dispose();
        }

        public override async Task CommitAsync(CancellationToken cancellationToken = default)
        {
            await base.CommitAsync(cancellationToken).ConfigureAwait(false);
            lease.Dispose();
        }

        public override void Rollback()
        {
            base.Rollback();
            lease.Dispose();
        }

        public override async Task RollbackAsync(CancellationToken cancellationToken = default)
        {
            await base.RollbackAsync(cancellationToken).ConfigureAwait(false);
            lease.Dispose();
        }

        public override void Dispose()
        {
            try
            {
                base.Dispose();
            }
            finally
            {
                lease.Dispose();
            }
        }

        public override async ValueTask DisposeAsync()
        {
            try
            {
                await base.DisposeAsync().ConfigureAwait(false);
            }
            finally
            {
                lease.Dispose();
            }
        }
    }
}
