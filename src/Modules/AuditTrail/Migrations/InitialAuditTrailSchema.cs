using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Modules.AuditTrail.Data;

namespace OpenCityAomori.Modules.AuditTrail.Migrations;

[DbContext(typeof(AuditTrailDbContext))]
[Migration("202611280200_InitialAuditTrailSchema")]
internal sealed class InitialAuditTrailSchema : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        mb.CreateTable("AuditTrail_Events", t => new
        {
            Id = t.Column<long>(nullable: false).AutoIncrement(),
            OccurredUtc = t.Column<DateTime>(nullable: false),
            UserId = t.Column<string>(nullable: true),
            UserName = t.Column<string>(maxLength: 256, nullable: false),
            IpAddress = t.Column<string>(maxLength: 64, nullable: true),
            Category = t.Column<string>(maxLength: 100, nullable: false),
            Action = t.Column<string>(maxLength: 100, nullable: false),
            EntityType = t.Column<string>(maxLength: 200, nullable: false),
            EntityId = t.Column<string>(maxLength: 200, nullable: false),
            Before = t.Column<string>(nullable: true),
            After = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_AuditTrail_Events", x => x.Id));
        mb.CreateIndex("IX_AuditTrail_Events_OccurredUtc", "AuditTrail_Events", "OccurredUtc");
    }

    protected override void Down(MigrationBuilder mb) => mb.DropTable("AuditTrail_Events");
}
