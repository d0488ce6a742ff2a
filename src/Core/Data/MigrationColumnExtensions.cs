using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace OpenCityAomori.Core.Data;

/// <summary>Helpers that keep hand-written migrations valid on both SQLite and PostgreSQL.</summary>
public static class MigrationColumnExtensions
{
    /// <summary>An auto-incrementing integer key on either provider; each ignores the other's annotation.</summary>
    public static OperationBuilder<T> AutoIncrement<T>(this OperationBuilder<T> column)
        where T : Microsoft.EntityFrameworkCore.Migrations.Operations.MigrationOperation
    {
        column.Annotation("Sqlite:Autoincrement", true);
        column.Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
        return column;
    }
}
