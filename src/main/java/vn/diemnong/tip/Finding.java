package vn.diemnong.tip;

import vn.diemnong.common.Coded;

/** What a reporter saw: the same list the field observations use. */
enum Finding implements Coded {

	WORKING, SMOKE_OR_SMELL, WASTEWATER_DISCHARGE, SCRAP_STOCKPILED, SCRAP_BROUGHT_IN, EQUIPMENT_REMOVED, NOBODY_THERE
}
