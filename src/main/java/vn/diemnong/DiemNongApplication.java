package vn.diemnong;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class DiemNongApplication {

	public static void main(String[] args) {
		SpringApplication.run(DiemNongApplication.class, args);
	}
}
