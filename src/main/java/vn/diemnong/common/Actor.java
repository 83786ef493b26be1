package vn.diemnong.common;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who records a change. Until accounts exist every request is anonymous, named by its address so that the history
 * still says where a change came from.
 */
public final class Actor {

	private Actor() {
	}

	public static String current() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return "anonymous@" + attributes.getRequest().getRemoteAddr();
		}
		return "system";
	}
}
