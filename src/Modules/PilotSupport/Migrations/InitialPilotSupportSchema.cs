using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Modules.PilotSupport.Data;

namespace OpenCityAomori.Modules.PilotSupport.Migrations;

/// <summary>Pilots, one per accepted pilot proposal.</summary>
[DbContext(typeof(PilotSupportDbContext))]
[Migration("202612080300_InitialPilotSupportSchema")]
internal sealed class InitialPilotSupportSchema : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        mb.CreateTable("PilotSupport_Pilots", t => new
        {
            Id = t.Column<long>(nullable: false).AutoIncrement(),
            ProposalId = t.Column<long>(nullable: false),
            ReceiptNumber = t.Column<string>(maxLength: 40, nullable: false),
            Title = t.Column<string>(maxLength: 200, nullable: false),
            BusinessesJson = t.Column<string>(nullable: false),
            DepartmentCode = t.Column<string>(maxLength: 64, nullable: true),
            Period = t.Column<string>(nullable: false),
            Place = t.Column<string>(nullable: false),
            Status = t.Column<int>(nullable: false),
            CreatedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_PilotSupport_Pilots", x => x.Id));
        mb.CreateIndex("IX_PilotSupport_Pilots_ProposalId", "PilotSupport_Pilots", "ProposalId", unique: true);
    }

    protected override void Down(MigrationBuilder mb) => mb.DropTable("PilotSupport_Pilots");
}
