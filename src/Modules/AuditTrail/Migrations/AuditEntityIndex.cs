using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using OpenCityAomori.Modules.AuditTrail.Data;

namespace OpenCityAomori.Modules.AuditTrail.Migrations;

/// <summary>One object's history (a proposal's page lists its own records) reads an index, not the whole trail.</summary>
[DbContext(typeof(AuditTrailDbContext))]
[Migration("202612080100_AuditEntityIndex")]
internal sealed class AuditEntityIndex : Migration
{
    protected override void Up(MigrationBuilder mb) =>
        mb.CreateIndex("IX_AuditTrail_Events_EntityType_EntityId", "AuditTrail_Events", ["EntityType", "EntityId"]);

    protected override void Down(MigrationBuilder mb) =>
        mb.DropIndex("IX_AuditTrail_Events_EntityType_EntityId", "AuditTrail_Events");
}
